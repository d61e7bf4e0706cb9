package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.simulator.TerminalSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Figure 5, start-up, against a simulator in this JVM that holds one approved order ({@value
 * #ORDER}):
 *
 * <ol>
 *   <li><b>in-process, fresh JVM</b>: {@link ConnectOnce} run {@code --runs} times as a child
 *       process: JVM start to {@code main}, then the first client's build + connect (skipped with
 *       {@code --cold false});
 *   <li><b>in-process, warm JVM</b>: {@link ClientStartupBenchmark} under JMH (skipped with {@code
 *       --warm false});
 *   <li><b>command line</b>: the command after {@code --} run {@code --runs} times (after one
 *       untimed run), {@code {terminal}}, {@code {app-id}} and {@code {order}} replaced; its wall
 *       time, and with {@code --appcds true} the same with an AppCDS archive the first run dumps.
 *       The command must exit 0.
 * </ol>
 *
 * <pre>
 * java -cp ecr-bench/target/benchmarks.jar io.ecrhub.bench.StartupDriver --runs 20 --warm false \
 *     -- ecr-cli/target/ecr query --terminal {terminal} --app-id {app-id} --order-no {order}
 * </pre>
 */
public final class StartupDriver {

  /** The order the command line queries. */
  static final String ORDER = "STARTUP1";

  private static final Set<String> OPTIONS = Set.of("runs", "cold", "warm", "appcds");
  private static final long PROCESS_TIMEOUT_SECONDS = 60;

  /** Issue 17's target for the median wall time of one {@code ecr query}. */
  static final int CLI_TARGET_MILLIS = 500;

  private StartupDriver() {}

  public static void main(String[] args) throws Exception {
    DriverArgs options = DriverArgs.parse(args, OPTIONS);
    int runs = options.integer("runs", 20);
    try (TerminalSimulator simulator = BenchTerminals.start()) {
      payReferenceOrder(simulator);
      String terminal = simulator.address().toString();

      if (Boolean.parseBoolean(options.text("cold", "true"))) {
        ColdStart cold = coldStart(terminal, runs);
        System.out.println("in-process, fresh JVM (ConnectOnce), ms:");
        System.out.println("  JVM start → main:        " + cold.jvmToMain());
        System.out.println("  build + connect:          " + cold.buildConnect());
        System.out.println("  process wall time:        " + cold.processWall());
      }

      if (Boolean.parseBoolean(options.text("warm", "true"))) {
        System.out.println("in-process, warm JVM (ClientStartupBenchmark), ms:");
        System.out.print(
            Figure.markdownTable(
                JmhFigures.run(
                    new OptionsBuilder().build(),
                    "io\\.ecrhub\\.bench\\.ClientStartupBenchmark\\."),
                "ms"));
      }

      List<String> command = options.rest();
      if (!command.isEmpty()) {
        List<String> resolved = resolve(command, terminal);
        System.out.println("command line " + String.join(" ", resolved) + ", wall ms:");
        SampleSummary plain = wallTimes(resolved, runs);
        System.out.println("  plain:                    " + plain);
        System.out.println("  target ≤ " + CLI_TARGET_MILLIS + " ms (median): " + verdict(plain));
        if (Boolean.parseBoolean(options.text("appcds", "false"))) {
          Path archive = Files.createTempFile("ecr-cli", ".jsa");
          Files.delete(archive); // the JVM writes it
          wallTimes(withJvmOption(resolved, "-XX:ArchiveClassesAtExit=" + archive), 1);
          System.out.println(
              "  AppCDS:                   "
                  + wallTimes(withJvmOption(resolved, "-XX:SharedArchiveFile=" + archive), runs));
          Files.deleteIfExists(archive);
        }
      }
    }
  }

  /** What {@link ConnectOnce} reported over its runs. */
  record ColdStart(
      SampleSummary jvmToMain, SampleSummary buildConnect, SampleSummary processWall) {}

  /** Runs {@link ConnectOnce} {@code runs} times. */
  static ColdStart coldStart(String terminal, int runs) throws IOException, InterruptedException {
    List<String> command = JavaProcesses.command(List.of(), ConnectOnce.class, List.of(terminal));
    List<Double> jvmToMain = new ArrayList<>();
    List<Double> buildConnect = new ArrayList<>();
    List<Double> wall = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      List<String> output = runToEnd(command);
      wall.add((System.nanoTime() - start) / 1e6);
      String result =
          output.stream()
              .filter(line -> line.startsWith(ConnectOnce.RESULT_PREFIX))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("ConnectOnce printed " + output));
      String[] numbers = result.substring(ConnectOnce.RESULT_PREFIX.length()).split(" ");
      jvmToMain.add(Double.parseDouble(numbers[0]));
      buildConnect.add(Double.parseDouble(numbers[1]));
    }
    return new ColdStart(
        SampleSummary.of(jvmToMain), SampleSummary.of(buildConnect), SampleSummary.of(wall));
  }

  /** Wall times of {@code runs} runs of {@code command}, after one untimed run. */
  static SampleSummary wallTimes(List<String> command, int runs)
      throws IOException, InterruptedException {
    runToEnd(command); // disk cache, and the archive dump for AppCDS
    List<Double> wall = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      runToEnd(command);
      wall.add((System.nanoTime() - start) / 1e6);
    }
    return SampleSummary.of(wall);
  }

  private static String verdict(SampleSummary wall) {
    return wall.median() <= CLI_TARGET_MILLIS
        ? "met"
        : String.format(
            Locale.ROOT,
            "MISSED by %.0f ms (%.2f×)",
            wall.median() - CLI_TARGET_MILLIS,
            wall.median() / CLI_TARGET_MILLIS);
  }

  private static void payReferenceOrder(TerminalSimulator simulator) throws Exception {
    try (EcrClient client = BenchTerminals.client(simulator.address().toString())) {
      client.connect().get(30, TimeUnit.SECONDS);
      BenchTerminals.payReferenceSale(client, ORDER);
    }
  }

  private static List<String> resolve(List<String> command, String terminal) {
    return command.stream()
        .map(
            part ->
                part.replace("{terminal}", terminal)
                    .replace("{app-id}", BenchTerminals.APP_ID)
                    .replace("{order}", ORDER))
        .toList();
  }

  /** The command with {@code option} right after the launcher ({@code java}). */
  private static List<String> withJvmOption(List<String> command, String option) {
    List<String> changed = new ArrayList<>(command);
    changed.add(1, option);
    return changed;
  }

  /**
   * Runs a command to its end and returns its output lines.
   *
   * @throws IllegalStateException when it exits non-zero or runs too long
   */
  private static List<String> runToEnd(List<String> command)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("still running after " + PROCESS_TIMEOUT_SECONDS + " s");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%s exited %d: %s",
              String.join(" ", command),
              process.exitValue(),
              String.join("\n", lines)));
    }
    return lines;
  }
}
