package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.option.ClientSettings;
import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.option.Durations;
import io.ecrhub.cli.option.JournalOption;
import io.ecrhub.cli.option.TerminalAddress;
import io.ecrhub.cli.option.TerminalOptions;
import io.ecrhub.cli.option.TillOption;
import io.ecrhub.cli.option.WindowOptions;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Failures;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.ReconcileOutput;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.reconciliation.Agreement;
import io.ecrhub.domain.reconciliation.ReconciledOrder;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecr reconcile}: end of day — every journaled order of a window, of every till, beside what
 * its terminal says of it now ({@code EcrClient.reconcile}, which follows the payment engine's own
 * rules). Mismatches both ways are flagged and the journal is left as it is for them; unfinished
 * orders are settled where the terminal's answers settle them.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Compares the journal with the terminal, order by order, over a window (default: today).",
      "Every journaled order created in the window — of every till — is asked about (pay.query,"
          + " one after another); each line says what the journal holds, what the terminal says,"
          + " and whether they agree. Orders still unfinished are settled by the engine's rules;"
          + " a disagreement is flagged and the journal left as it is, for a person. Without"
          + " --terminal (or ECR_TERMINAL), every terminal in the window is asked.",
      "Exit 0 when the journal and the terminal agree on every order (unfinished ones settled"
          + " now count as agreeing); 5 when they disagree on at least one; 4 when a terminal"
          + " could not be reached; 3 when some orders could not be compared (no answer, or"
          + " another process works on them); 2 for invalid input."
    })
public final class ReconcileCommand implements Callable<Integer> {

  @Mixin TerminalOptions terminal;

  @Mixin JournalOption journal;

  @Mixin TillOption till;

  @Mixin WindowOptions window;

  @Option(
      names = "--csv",
      description = "Print CSV on stdout: a header, then one row per order (RFC 4180).")
  boolean csv;

  @Option(
      names = "--recovery-deadline",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "5m",
      description =
          "How long an unfinished order is queried before it is left unknown (default: 5m).")
  Duration recoveryDeadline;

  private final CliContext context;

  /**
   * The {@code ecr reconcile} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public ReconcileCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ViolationCollector problems = new ViolationCollector();
    Durations.checkPositive(terminal.timeout, "--timeout", problems);
    Durations.checkPositive(terminal.connectTimeout, "--connect-timeout", problems);
    Durations.checkPositive(recoveryDeadline, "--recovery-deadline", problems);
    problems.check(!(csv && terminal.json), "--csv", "and --json exclude each other: pick one");
    ZoneId zone = ZoneId.systemDefault();
    JournalWindow chosen = window.window(WindowOptions.startOfToday(zone), zone, problems);
    String chosenTerminal = terminal.terminalOrEnv(context);
    if (chosenTerminal != null) {
      TerminalAddress.check(chosenTerminal, problems);
    }
    JournalLocation location = journal.locate(context, problems);
    String tillId = till.resolve(context, problems);
    if (problems.isEmpty() && !JournalOption.exists(location)) {
      problems.add(
          "--journal",
          "there is no journal at " + JournalOption.describe(location) + ": nothing to reconcile");
    }
    if (!problems.isEmpty()) {
      return invalid(problems.violations());
    }
    JournalWindow narrowed =
        chosenTerminal == null
            ? chosen
            : chosen.ofTerminal(TerminalAddress.normalize(chosenTerminal));
    JdbcOrderJournal opened;
    try {
      opened = JournalOption.open(location, tillId);
    } catch (JournalException unusable) {
      return invalid(List.of(new Violation("--journal", unusable.getMessage())));
    }
    try (JdbcOrderJournal orders = opened) {
      String name = JournalOption.describe(location, orders);
      Seq<JournalEntry> entries = orders.inWindow(narrowed);
      String appId = terminal.appIdOrEnv(context);
      if (!entries.isEmpty() && (appId == null || appId.isBlank())) {
        return invalid(
            List.of(
                new Violation(
                    "--app-id",
                    "is required to ask the terminal: the app_id registered in the PayCloud"
                        + " gateway (or set "
                        + TerminalOptions.APP_ID_ENV
                        + ")")));
      }
      Seq<String> terminals = entries.map(JournalEntry::terminalId).distinct();
      if (!terminal.json && !csv) {
        context
            .out()
            .println(
                "reconciling "
                    + name
                    + " from "
                    + chosen.since()
                    + chosen.until().map(end -> " until " + end).getOrElse("")
                    + ": "
                    + entries.size()
                    + (entries.size() == 1 ? " order" : " orders")
                    + " of "
                    + terminals.size()
                    + (terminals.size() == 1 ? " terminal" : " terminals"));
      }
      Seq<ReconciledOrder> all = List.empty();
      Seq<String> unreached = List.empty();
      for (String terminalId : terminals) {
        Seq<JournalEntry> ofTerminal = entries.filter(e -> e.terminalId().equals(terminalId));
        TerminalResult result = reconcile(terminalId, ofTerminal, orders, chosen);
        if (result.unreached()) {
          unreached = unreached.append(terminalId);
        }
        all = all.appendAll(result.orders());
      }
      return print(name, chosen, all, unreached);
    }
  }

  /** The orders of one terminal, and whether it was reached. */
  private record TerminalResult(Seq<ReconciledOrder> orders, boolean unreached) {}

  private TerminalResult reconcile(
      String terminalId, Seq<JournalEntry> entries, JdbcOrderJournal orders, JournalWindow chosen) {
    ClientSettings settings = ClientSettings.of(context, terminal, terminalId, recoveryDeadline);
    ViolationCollector unusable = new ViolationCollector();
    settings.check(unusable);
    if (!unusable.isEmpty()) {
      return unreached(
          terminalId,
          entries,
          "not reachable from the command line: " + unusable.violations().mkString("; "));
    }
    try (EcrClient client = settings.builder().journal(orders).build()) {
      try {
        client.connect().get(settings.connectWait().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException failure) {
        return unreached(terminalId, entries, "not reached: " + Failures.message(failure));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return unreached(terminalId, entries, "interrupted before asking");
      }
      Seq<ReconciledOrder> reconciled;
      try {
        reconciled = client.reconcileAsync(chosen.ofTerminal(terminalId)).get().orders();
      } catch (ExecutionException failure) {
        throw failure.getCause() instanceof RuntimeException cause
            ? cause
            : new IllegalStateException(failure.getCause());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return unreached(terminalId, entries, "interrupted while asking");
      }
      printLines(terminalId, reconciled);
      return new TerminalResult(reconciled, false);
    }
  }

  private TerminalResult unreached(String terminalId, Seq<JournalEntry> entries, String why) {
    Seq<ReconciledOrder> orders =
        entries.map(
            entry ->
                new ReconciledOrder(
                    entry,
                    io.vavr.control.Option.none(),
                    Agreement.UNANSWERED,
                    io.vavr.control.Option.none(),
                    "journal " + entry.state() + "; terminal " + terminalId + " " + why));
    printLines(terminalId, orders);
    return new TerminalResult(orders, true);
  }

  private void printLines(String terminalId, Seq<ReconciledOrder> orders) {
    if (terminal.json || csv) {
      return;
    }
    context.out().println("terminal " + terminalId + ": " + ReconcileOutput.summary(orders));
    orders.forEach(order -> context.out().println(ReconcileOutput.line(order)));
    context.out().flush();
  }

  private int print(
      String name, JournalWindow chosen, Seq<ReconciledOrder> all, Seq<String> unreached) {
    Outcome overall = ReconcileOutput.overall(all, !unreached.isEmpty());
    if (terminal.json) {
      JsonOutput.print(context.out(), ReconcileOutput.json(name, chosen, all, unreached, overall));
    } else if (csv) {
      ReconcileOutput.csv(context.out(), all);
    } else {
      if (all.isEmpty()) {
        context.out().println("no orders in the journal for this window");
      } else {
        context.out().println(ReconcileOutput.summary(all));
      }
      context.out().println(ReconcileOutput.verdict(overall, all));
    }
    return overall.exitCode();
  }

  private int invalid(Seq<Violation> violations) {
    ReportPrinter.print(context, terminal.json, Report.invalid("reconcile", violations), Map.of());
    return Outcome.INVALID.exitCode();
  }
}
