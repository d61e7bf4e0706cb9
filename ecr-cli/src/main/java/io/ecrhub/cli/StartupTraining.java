package io.ecrhub.cli;

import io.ecrhub.cli.command.TemporaryDirectory;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The training run behind the class-data archive ({@code ecr.jsa}) that the {@code ecr} launcher
 * starts with: the build runs this class once with {@code -XX:ArchiveClassesAtExit}, and every
 * class it loads is then mapped ready-made by each {@code ecr} command instead of being read,
 * verified and linked again. It runs what a till runs — a sale, queries, a refused input, the
 * version — through {@link EcrCommandLine}, against a simulated terminal on an ephemeral loopback
 * port, with a journal in a temporary directory; nothing outside that directory is touched.
 *
 * <p>It exits 0 only when every command ended with the exit code it should: a build whose {@code
 * ecr} cannot take a payment must not pass for one that can.
 */
public final class StartupTraining {

  private static final String APP_ID = "ecrhub-training";

  private StartupTraining() {}

  /**
   * Runs the training commands and exits: 0 when each ended as it should, 1 otherwise, with the
   * failing command's output on standard error.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    QuietLogging.configure();
    // the archive is written at exit; System.exit also ends the simulator's non-daemon threads
    System.exit(train() ? 0 : 1);
  }

  private static boolean train() {
    try (TemporaryDirectory home = TemporaryDirectory.create("ecr-training-");
        TerminalSimulator simulator =
            TerminalSimulator.start(
                new TyrusServerTransport(),
                SimulatorOptions.defaults().withPort(0).withAppId(APP_ID))) {
      Map<String, String> environment =
          Map.of(
              "ECR_TERMINAL", simulator.address().toString(),
              "ECR_APP_ID", APP_ID,
              "ECR_JOURNAL", home.path().resolve("journal.db").toString());
      List<Run> runs =
          List.of(
              new Run(0, "--version"),
              new Run(0, "sale", "--order-no", "TRAIN1", "--amount", "1.00"),
              new Run(0, "query", "--order-no", "TRAIN1"),
              new Run(0, "query", "--order-no", "TRAIN1", "--json"),
              new Run(2, "sale", "--order-no", "TRAIN2", "--amount", "1.234"),
              new Run(0, "query", "--help"));
      for (Run run : runs) {
        if (!run.endsAsItShould(environment, home)) {
          return false;
        }
      }
      return true;
    }
  }

  /** One command line and the exit code it must end with. */
  private record Run(int expectedExitCode, String... args) {

    boolean endsAsItShould(Map<String, String> environment, TemporaryDirectory home) {
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
      int exitCode =
          EcrCommandLine.run(new CliContext(stream, stream, environment, home.path(), false), args);
      if (exitCode == expectedExitCode) {
        return true;
      }
      System.err.printf(
          "ecr %s ended with %d, not %d:%n%s%n",
          String.join(" ", args),
          exitCode,
          expectedExitCode,
          output.toString(StandardCharsets.UTF_8));
      return false;
    }
  }
}
