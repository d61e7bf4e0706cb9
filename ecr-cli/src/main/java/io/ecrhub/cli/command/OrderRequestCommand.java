package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.option.ClientSettings;
import io.ecrhub.cli.option.TerminalAddress;
import io.ecrhub.cli.option.TerminalOptions;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Failures;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.ProgressLines;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that asks the terminal one thing about an order — {@code pay.query} or {@code
 * pay.close} — and prints the answer. No journal: the question changes nothing on this side, and a
 * command that opens no database starts faster.
 */
public abstract class OrderRequestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TerminalOptions terminal;

  @Option(names = "--order-no", paramLabel = "NO", description = "merchant_order_no of the order.")
  String orderNo;

  private final CliContext context;

  /**
   * For the commands about one existing order ({@code query}, {@code close}), run in {@code
   * context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public OrderRequestCommand(CliContext context) {
    this.context = context;
  }

  /** Sends the request and turns the answer into a report. */
  abstract Report ask(EcrClient client, String terminalUri, MerchantOrderNo number);

  // the progress lines are never referenced: they are held only to be printed while the
  // terminal is asked, and closed (stopped) when it answers
  @Override
  @SuppressWarnings("try")
  public Integer call() {
    String command = spec.name();
    ViolationCollector problems = new ViolationCollector();
    terminal.check(context, true, problems);
    Validation<Seq<Violation>, MerchantOrderNo> number = MerchantOrderNo.of(orderNo);
    problems.addAll(Checks.violationsOf(number));
    ClientSettings settings = null;
    if (problems.isEmpty()) {
      settings =
          ClientSettings.of(
                  context,
                  terminal,
                  TerminalAddress.normalize(terminal.terminalOrEnv(context)),
                  Duration.ofMinutes(5))
              .withQueryTimeout(terminal.timeout);
      settings.check(problems);
    }
    if (!problems.isEmpty()) {
      return print(Report.invalid(command, problems.violations()));
    }
    if (!terminal.json) {
      context.out().println(command + " " + number.get() + " on " + settings.shownTerminal());
    }
    // a question changes nothing on this side: nothing to journal, no database to open
    try (EcrClient client = settings.builder().journal(new InMemoryOrderJournal()).build()) {
      try {
        client.connect().get(settings.connectWait().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException unreachable) {
        return print(
            Report.of(
                command,
                Outcome.UNREACHABLE,
                Map.of(
                    Report.TERMINAL, settings.shownTerminal(),
                    Report.MERCHANT_ORDER_NO, number.get().value()),
                "nothing was sent: " + Failures.message(unreachable)));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return Outcome.UNKNOWN.exitCode();
      }
      long start = System.nanoTime();
      Report report;
      try (ProgressLines progress =
          ProgressLines.start(
              context.err(),
              !context.interactive(),
              terminal.progress,
              seconds ->
                  "still waiting for the terminal: " + seconds + " s, order " + number.get())) {
        report = ask(client, settings.shownTerminal(), number.get());
      }
      return print(
          report.withElapsedMillis(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
    }
  }

  private int print(Report report) {
    ReportPrinter.print(context, terminal.json, report, Map.of());
    return report.outcome().exitCode();
  }
}
