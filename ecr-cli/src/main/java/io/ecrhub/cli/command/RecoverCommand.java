package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.option.ClientSettings;
import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.option.Durations;
import io.ecrhub.cli.option.JournalOption;
import io.ecrhub.cli.option.TerminalAddress;
import io.ecrhub.cli.option.TerminalOptions;
import io.ecrhub.cli.option.TillOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Failures;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.ProgressLines;
import io.ecrhub.cli.output.RecoveryOutput;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.cli.output.Reports;
import io.ecrhub.cli.output.TerminalText;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.ecrhub.protocol.client.TerminalUris;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecr recover}: settles every unfinished order of the journal by asking its terminal — what
 * a till runs after a crash or a power cut. One line per order; never sends an order again.
 */
@Command(
    name = "recover",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Settles the journal's unfinished orders by asking the terminal.",
      "One pay.query after another per order, never the order again; one line per order."
          + " Without --terminal (or ECR_TERMINAL), the orders of every terminal in the journal"
          + " are settled.",
      "Exit 0 when every order is settled (approved or declined), 5 when a terminal reports a"
          + " payment that differs from its order, 4 when a terminal could not be reached, 3"
          + " when some are still unknown, 2 for invalid input or an order the engine refused."
    })
public final class RecoverCommand implements Callable<Integer> {

  @Mixin TerminalOptions terminal;

  @Mixin JournalOption journal;

  @Mixin TillOption till;

  @Option(
      names = "--recovery-deadline",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "5m",
      description = "How long each order is queried before it is left unknown (default: 5m).")
  Duration recoveryDeadline;

  @Option(
      names = "--create",
      description =
          "Create the journal when there is none at the path; without it, a path that holds no"
              + " journal is invalid input (exit 2), as it is most likely a typo.")
  boolean create;

  private final CliContext context;

  /**
   * The {@code ecr recover} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public RecoverCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ViolationCollector problems = new ViolationCollector();
    Durations.checkPositive(terminal.timeout, "--timeout", problems);
    Durations.checkPositive(terminal.connectTimeout, "--connect-timeout", problems);
    Durations.checkPositive(recoveryDeadline, "--recovery-deadline", problems);
    String chosenTerminal = terminal.terminalOrEnv(context);
    if (chosenTerminal != null) {
      TerminalAddress.check(chosenTerminal, problems);
    }
    JournalLocation location = journal.locate(context, problems);
    String tillId = till.resolve(context, problems);
    if (!problems.isEmpty()) {
      return invalid(problems.violations());
    }
    if (!create && !JournalOption.exists(location)) {
      return invalid(List.of(JournalOption.missing(location)));
    }
    JdbcOrderJournal opened;
    try {
      opened = JournalOption.open(location, tillId);
    } catch (JournalException unusable) {
      return invalid(List.of(new Violation("--journal", unusable.getMessage())));
    }
    try (JdbcOrderJournal orders = opened) {
      String name = JournalOption.describe(location, orders);
      Seq<JournalEntry> unfinished = orders.unfinished();
      String chosenUri = chosenTerminal == null ? null : TerminalAddress.normalize(chosenTerminal);
      if (chosenUri != null) {
        // the journal names terminals as output does: without a password
        String uri = TerminalUris.redacted(chosenUri);
        Seq<JournalEntry> others = unfinished.filter(entry -> !entry.terminalId().equals(uri));
        if (!others.isEmpty()) {
          context
              .err()
              .println(
                  TerminalText.shown(
                      "left alone: "
                          + others.size()
                          + " unfinished order(s) of other terminals ("
                          + others.map(JournalEntry::terminalId).distinct().mkString(", ")
                          + ")"));
        }
        unfinished = unfinished.filter(entry -> entry.terminalId().equals(uri));
      }
      if (unfinished.isEmpty()) {
        return printResults(name, List.empty());
      }
      String appId = terminal.appIdOrEnv(context);
      if (appId == null) {
        return invalid(
            List.of(
                new Violation(
                    "--app-id",
                    "is required to ask the terminal: the app_id registered in the PayCloud"
                        + " gateway (or set "
                        + TerminalOptions.APP_ID_ENV
                        + ")")));
      }
      if (!terminal.json) {
        context
            .out()
            .println(
                "recovering "
                    + unfinished.size()
                    + " unfinished order"
                    + (unfinished.size() == 1 ? "" : "s")
                    + " from "
                    + name);
      }
      Seq<JournalEntry> toSettle = unfinished;
      Seq<Report> reports =
          toSettle
              .map(JournalEntry::terminalId)
              .distinct()
              .flatMap(
                  terminalId ->
                      recover(
                          chosenUri != null ? chosenUri : terminalId,
                          toSettle.filter(entry -> entry.terminalId().equals(terminalId)),
                          orders));
      return printResults(name, reports);
    }
  }

  /**
   * Settles the orders of one terminal, in journal order.
   *
   * <p>The progress lines are never referenced ({@code "try"} suppressed): they are held only to be
   * printed while orders are recovered, and closed (stopped) when recovery ends.
   *
   * @param terminalUri the terminal to connect to: the one given, else as the journal names it
   */
  @SuppressWarnings("try")
  private Seq<Report> recover(
      String terminalUri, Seq<JournalEntry> entries, JdbcOrderJournal orders) {
    if (terminalUri.contains(":***@")) {
      return unreached(
          entries,
          "the journal keeps no password for "
              + terminalUri
              + ": run 'ecr recover --terminal' with the terminal's full address");
    }
    String terminalId = TerminalUris.redacted(terminalUri);
    ClientSettings settings = ClientSettings.of(context, terminal, terminalUri, recoveryDeadline);
    ViolationCollector unusable = new ViolationCollector();
    settings.check(unusable);
    if (!unusable.isEmpty()) {
      return unreached(
          entries,
          "cannot reach terminal "
              + terminalId
              + " from the command line: "
              + unusable.violations().mkString("; "));
    }
    try (EcrClient client = settings.builder().journal(orders).build()) {
      try {
        client.connect().get(settings.connectWait().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException unreachable) {
        return unreached(entries, "nothing was asked: " + Failures.message(unreachable));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return unreached(entries, "interrupted before asking");
      }
      long start = System.nanoTime();
      Map<MerchantOrderNo, JournalEntry> byNumber = new HashMap<>();
      entries.forEach(entry -> byNumber.put(entry.merchantOrderNo(), entry));
      Map<MerchantOrderNo, Report> settled = new ConcurrentHashMap<>();
      try (ProgressLines progress =
          ProgressLines.start(
              context.err(),
              !context.interactive(),
              terminal.progress,
              seconds ->
                  "still recovering from "
                      + terminalId
                      + ": "
                      + seconds
                      + " s, "
                      + settled.size()
                      + " of "
                      + entries.size()
                      + " settled")) {
        // each order is printed the moment it settles: a slow one does not hide the others
        client
            .recoverAsync(
                outcome -> {
                  JournalEntry entry = byNumber.get(numberOf(outcome));
                  if (entry != null) {
                    Report report =
                        Reports.recovered(entry, outcome)
                            .withElapsedMillis(
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    settled.put(entry.merchantOrderNo(), report);
                    printLines(List.of(report));
                  }
                })
            .join();
      }
      // orders another process had claimed: that process settles them
      Map<MerchantOrderNo, Report> reports = new HashMap<>(settled);
      Seq<Report> elsewhere =
          entries
              .filter(entry -> !settled.containsKey(entry.merchantOrderNo()))
              .map(
                  entry -> {
                    Report report =
                        Report.of(
                            "recover",
                            Outcome.UNKNOWN,
                            Reports.entryFields(entry),
                            "another process is settling this order");
                    reports.put(entry.merchantOrderNo(), report);
                    return report;
                  });
      printLines(elsewhere);
      return entries.map(entry -> reports.get(entry.merchantOrderNo()));
    }
  }

  private Seq<Report> unreached(Seq<JournalEntry> entries, String why) {
    Seq<Report> reports =
        entries.map(
            entry -> Report.of("recover", Outcome.UNREACHABLE, Reports.entryFields(entry), why));
    printLines(reports);
    return reports;
  }

  private void printLines(Seq<Report> reports) {
    if (!terminal.json) {
      reports.forEach(report -> context.out().println(RecoveryOutput.line(report)));
      context.out().flush();
    }
  }

  private static MerchantOrderNo numberOf(PaymentOutcome outcome) {
    return outcome.fold(
        approved -> approved.result().merchantOrderNo(),
        PaymentOutcome.Declined::merchantOrderNo,
        PaymentOutcome.Mismatch::merchantOrderNo,
        PaymentOutcome.Unknown::merchantOrderNo,
        rejected -> {
          throw new IllegalStateException("recovery cannot reject an order: " + rejected);
        },
        PaymentOutcome.NotSent::merchantOrderNo);
  }

  private int printResults(String name, Seq<Report> reports) {
    Outcome overall = RecoveryOutput.overall(reports);
    if (terminal.json) {
      JsonOutput.print(context.out(), RecoveryOutput.json(name, reports, overall));
    } else if (reports.isEmpty()) {
      context.out().println("nothing to recover: no unfinished orders in the journal " + name);
    } else {
      context.out().println(RecoveryOutput.summary(reports));
    }
    return overall.exitCode();
  }

  private int invalid(Seq<Violation> violations) {
    ReportPrinter.print(context, terminal.json, Report.invalid("recover", violations), Map.of());
    return Outcome.INVALID.exitCode();
  }
}
