package io.ecrhub.it.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guice is optional in {@code ecr-app}: a POS that builds its client by hand takes a payment in a
 * JVM whose class path holds neither Guice nor its dependencies (Guava, jakarta.inject, AOP
 * Alliance).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WithoutGuiceTest {

  private static final Pattern INJECTION_JARS =
      Pattern.compile(
          "(guice|guava|failureaccess|listenablefuture|jakarta\\.inject-api|aopalliance)-[^/]*\\.jar");

  @Test
  void plain_construction_pays_with_guice_absent_from_the_class_path(@TempDir Path work)
      throws Exception {
    List<String> classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                entry -> !INJECTION_JARS.matcher(Path.of(entry).getFileName().toString()).matches())
            .toList();
    assertThat(classPath).noneMatch(entry -> entry.contains("guice"));

    try (TerminalSimulator simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ZERO))) {
      Process till =
          durableByDefault(
                  new ProcessBuilder(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Duser.home=" + work.toAbsolutePath(),
                      "-cp",
                      classPath.stream().collect(Collectors.joining(File.pathSeparator)),
                      GuiceFreeTill.class.getName(),
                      simulator.address().toString()))
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("till.log").toFile())
              .start();
      assertThat(till.waitFor(2, TimeUnit.MINUTES)).as("the till ended").isTrue();
      String log = Files.readString(work.resolve("till.log"));

      assertThat(till.exitValue()).as(log).isZero();
      assertThat(log)
          .contains("absent: com.google.inject.Guice")
          .contains("absent: jakarta.inject.Inject")
          .contains("outcome Approved");
      assertThat(simulator.ledger().payOrdersReceived("NOGUICE1")).isEqualTo(1);
      assertThat(work.resolve(".ecr/journal.db"))
          .as("the builder journals durably by default, in ~/.ecr/journal.db")
          .isRegularFile();
    }
  }

  /** The till's JVM finds its journal at the default location: no ECR_JOURNAL of the build's. */
  static ProcessBuilder durableByDefault(ProcessBuilder builder) {
    builder.environment().remove("ECR_JOURNAL");
    return builder;
  }
}
