package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Failures;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;

/**
 * {@code ecr demo}: the product in ten seconds, with nothing to set up. A simulated terminal
 * listens on an ephemeral loopback port, a client pays against it over a real WebSocket with a
 * throw-away journal, and each step prints one line: what, outcome, code, elapsed time, and whether
 * it behaved as the simulator's rules say. Exit 0 only when every step did.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Walks through the product against a simulated terminal.",
      "The simulator listens on an ephemeral loopback port and the client pays over a real"
          + " WebSocket with a temporary journal: sale, query, tip, cashback, pre-auth and"
          + " completion, fuel, refund, void, a decline, an unanswered sale settled by query, and"
          + " the close of an order still processing. Exit 0 only if every step behaves as the"
          + " simulator's rules say."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The exit code when a step did not behave as the rules say. */
  static final int STEP_FAILED = 1;

  private static final String APP_ID = "ecrdemo";

  /**
   * Short, so that the unanswered sale is settled by query within a second of its timeout; a real
   * till waits minutes for the card.
   */
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(1);

  private static final Backoff QUERY_EVERY_HALF_SECOND =
      new Backoff(Duration.ofMillis(500), 1.0, Duration.ofMillis(500));

  private final CliContext context;

  /**
   * The {@code ecr demo} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = context.out();
    long start = System.nanoTime();
    int met;
    int total;
    try (TemporaryDirectory directory = TemporaryDirectory.create("ecr-demo-");
        TerminalSimulator simulator =
            TerminalSimulator.start(
                new TyrusServerTransport(),
                SimulatorOptions.defaults().withPort(0).withAppId(APP_ID));
        JdbcOrderJournal journal =
            JdbcOrderJournal.openFile(directory.path().resolve("journal.db"));
        EcrClient client =
            EcrClient.builder()
                .terminal(simulator.address())
                .appId(APP_ID)
                .replyTimeout(REPLY_TIMEOUT)
                .recoveryBackoff(QUERY_EVERY_HALF_SECOND)
                .recoverOnConnect(false)
                .journal(journal)
                .build()) {
      out.println("ecr demo: simulated terminal listening on " + simulator.address());
      out.println(
          "          journal in a temporary file, reply timeout "
              + DurationConverter.format(REPLY_TIMEOUT));
      out.println();
      client.connect().get(30, TimeUnit.SECONDS);
      List<DemoStep> steps = new DemoScript(client).steps();
      total = steps.size();
      met = 0;
      for (int i = 0; i < steps.size(); i++) {
        if (run(out, i + 1, steps.get(i))) {
          met++;
        }
      }
      out.println();
      out.println(
          "journal: "
              + journal.recent(1000).size()
              + " orders recorded, "
              + journal.unfinished().size()
              + " unfinished");
    }
    long seconds = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (met == total) {
      out.printf(
          "%d of %d steps behaved as the simulator's rules say (%.1f s)%n",
          met, total, seconds / 1000.0);
      return Outcome.OK.exitCode();
    }
    out.printf(
        "%d of %d steps did NOT behave as the simulator's rules say (%.1f s)%n",
        total - met, total, seconds / 1000.0);
    return STEP_FAILED;
  }

  private static boolean run(PrintStream out, int number, DemoStep step) {
    long start = System.nanoTime();
    Report report;
    try {
      report = step.action().get();
    } catch (RuntimeException failure) {
      report = Report.of("demo", Outcome.UNKNOWN, Map.of(), Failures.message(failure));
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    boolean met = step.isMetBy(report);
    String status = report.field(Report.TRANS_STATUS).map(s -> "status " + s).getOrElse("");
    out.printf(
        "%2d  %-48s %-9s %-4s %-9s %6d ms  %s%n",
        number,
        step.what(),
        report.outcome(),
        report.field(Report.RESPONSE_CODE).getOrElse("-"),
        status,
        millis,
        met
            ? "ok"
            : "UNEXPECTED, the rules say "
                + step.expectation()
                + report.detail().map(d -> ": " + d).getOrElse(""));
    out.flush();
    return met;
  }
}
