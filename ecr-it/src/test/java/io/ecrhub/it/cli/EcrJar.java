package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ecr} as a real process: {@code ecr-cli/target/ecr …}, the launcher the README tells
 * users to run (it starts {@code ecr.jar} with the class-data archive the build trained), on this
 * test's JDK. Each child JVM gets a home directory of its own ({@code user.home}), so that no test
 * ever touches a real {@code ~/.ecr}, and no {@code ECR_*} variable of the build's environment.
 *
 * <p>Independent runs go in parallel ({@link #runAsync}), at most {@link #PARALLEL_PROCESSES} JVMs
 * at a time so that start-up does not starve a 2-core machine.
 */
public final class EcrJar {

  /** Where the jar is, seen from the ecr-it module directory (Maven's working directory). */
  public static final Path JAR = Path.of("..", "ecr-cli", "target", "ecr.jar");

  /** The launcher beside it. */
  public static final Path LAUNCHER = JAR.resolveSibling("ecr");

  /** How long one command may take before the test gives up on it. */
  public static final long TIMEOUT_SECONDS = 120;

  private static final int PARALLEL_PROCESSES = 6;
  private static final Semaphore SLOTS = new Semaphore(PARALLEL_PROCESSES);
  private static final ExecutorService WAITERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "ecr-process-waiter");
            thread.setDaemon(true);
            return thread;
          });

  private final Path workDirectory;
  private final Map<String, String> environment;

  private EcrJar(Path workDirectory, Map<String, String> environment) {
    this.workDirectory = workDirectory;
    this.environment = environment;
  }

  /** Runs in {@code workDirectory}, which also serves as the children's home directory. */
  public static EcrJar in(Path workDirectory) {
    return new EcrJar(workDirectory, Map.of());
  }

  /** The same, with these environment variables set for every run. */
  public EcrJar withEnvironment(Map<String, String> variables) {
    return new EcrJar(workDirectory, Map.copyOf(variables));
  }

  /** Runs {@code ecr args…} to its end. */
  public EcrRun run(String... args) {
    return runAsync(args).join();
  }

  /** Runs {@code ecr args…} in the background; the future completes when the process ends. */
  public CompletableFuture<EcrRun> runAsync(String... args) {
    return CompletableFuture.supplyAsync(
        () -> {
          SLOTS.acquireUninterruptibly();
          try {
            return finish(start(args), args);
          } finally {
            SLOTS.release();
          }
        },
        WAITERS);
  }

  /**
   * Runs {@code ecr args…} in the background at once, not waiting for a free slot: for a command
   * that must reach the terminal within a deadline, such as a close while an order is processing.
   */
  public CompletableFuture<EcrRun> runNowAsync(String... args) {
    return CompletableFuture.supplyAsync(() -> finish(start(args), args), WAITERS);
  }

  /** Starts {@code ecr args…} and returns at once; the caller waits, kills or reads it. */
  public StartedEcr start(String... args) {
    requireJar();
    try {
      Path outputs = Files.createTempDirectory(workDirectory, "run-");
      ProcessBuilder builder =
          new ProcessBuilder(command(args))
              .directory(workDirectory.toFile())
              .redirectOutput(outputs.resolve("stdout").toFile())
              .redirectError(outputs.resolve("stderr").toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("ECR_"));
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().put("ECR_JAVA_OPTS", "-Duser.home=" + workDirectory.toAbsolutePath());
      builder.environment().putAll(environment);
      return new StartedEcr(builder.start(), outputs, List.of(args));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static EcrRun finish(StartedEcr started, String[] args) {
    try {
      return started.awaitExit(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      started.process().destroyForcibly();
      throw new IllegalStateException("interrupted while running ecr " + List.of(args));
    }
  }

  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toAbsolutePath().normalize().toString());
    command.addAll(List.of(args));
    return command;
  }

  static Path javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Fails with the way to build the jar when it is missing. */
  public static void requireJar() {
    if (!Files.isRegularFile(JAR) || !Files.isExecutable(LAUNCHER)) {
      fail(
          "the ecr jar or its launcher is missing at "
              + LAUNCHER.toAbsolutePath().normalize()
              + ": build it first with ./mvnw -o -q package -pl ecr-cli -am -DskipTests");
    }
  }
}
