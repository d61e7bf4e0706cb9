package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.option.ClientSettings;
import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.option.Durations;
import io.ecrhub.cli.option.JournalOption;
import io.ecrhub.cli.option.OrderNumbers;
import io.ecrhub.cli.option.OrderTextOptions;
import io.ecrhub.cli.option.TerminalAddress;
import io.ecrhub.cli.option.TerminalOptions;
import io.ecrhub.cli.option.TillOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Failures;
import io.ecrhub.cli.output.HumanOutput;
import io.ecrhub.cli.output.InterruptNotice;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.ProgressLines;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.cli.output.Reports;
import io.ecrhub.cli.output.WaitingLine;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.LocalDateTime;
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
 * A command that sends one {@code pay.order}: sale, cashback, pre-auth, void, refund, pre-auth
 * cancel, completion. Each subclass names its transaction type and adds the options it takes.
 *
 * <p>The order of things is the point of this class:
 *
 * <ol>
 *   <li>every option and the whole order are checked — no journal is opened, no connection made, so
 *       invalid input (exit 2) leaves no trace anywhere;
 *   <li>the journal is opened;
 *   <li>the client connects (unreachable: exit 4, nothing sent, nothing journaled);
 *   <li>the engine journals the order, then sends it; a number the journal already holds is the
 *       engine's {@code Rejected} (exit 2, nothing sent) — the one place that rule lives; a late or
 *       lost answer is settled by {@code pay.query}, never by sending again, and reported unknown
 *       (exit 3) only after the recovery deadline.
 * </ol>
 */
public abstract class PaymentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TerminalOptions terminal;

  @Mixin JournalOption journal;

  @Mixin TillOption till;

  @Option(
      names = "--order-no",
      paramLabel = "NO",
      description =
          "merchant_order_no: 1-32 letters or digits, new for every order. Generated and printed"
              + " when absent.")
  String orderNo;

  @Option(
      names = "--amount",
      paramLabel = "AMOUNT",
      description = "order_amount in major units, e.g. 34.50.")
  String amount;

  @Option(
      names = "--recovery-deadline",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "5m",
      description =
          "How long an unanswered payment is queried before it is reported unknown (default:"
              + " 5m).")
  Duration recoveryDeadline;

  @Mixin OrderTextOptions text;

  private final CliContext context;

  /**
   * For the commands that send one {@code pay.order} ({@code sale}, {@code refund}, …), run in
   * {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public PaymentCommand(CliContext context) {
    this.context = context;
  }

  /** An empty draft of this command's transaction type. */
  abstract OrderDraft newDraft();

  /** Copies the options only this command has into {@code draft}. */
  abstract void applyOwnOptions(OrderDraft draft, ViolationCollector violations);

  @Override
  public Integer call() {
    String command = spec.name();
    ViolationCollector problems = new ViolationCollector();
    terminal.check(context, true, problems);
    Durations.checkPositive(recoveryDeadline, "--recovery-deadline", problems);
    boolean generated = orderNo == null;
    OrderDraft draft =
        newDraft()
            .merchantOrderNo(generated ? OrderNumbers.next(LocalDateTime.now()) : orderNo)
            .orderAmount(amount);
    applyOwnOptions(draft, problems);
    text.check(problems);
    text.applyTo(draft);
    Validation<Seq<Violation>, PaymentOrder> order = draft.validate();
    problems.addAll(Checks.violationsOf(order));
    JournalLocation location = journal.locate(context, problems);
    String tillId = till.resolve(context, problems);
    ClientSettings settings = null;
    if (problems.isEmpty()) {
      settings =
          ClientSettings.of(
              context,
              terminal,
              TerminalAddress.normalize(terminal.terminalOrEnv(context)),
              recoveryDeadline);
      settings.check(problems);
    }
    if (!problems.isEmpty()) {
      return print(Report.invalid(command, problems.violations()), Map.of());
    }
    JdbcOrderJournal opened;
    try {
      opened = JournalOption.open(location, tillId);
    } catch (JournalException unusable) {
      return print(invalid(command, "--journal", unusable.getMessage()), Map.of());
    }
    try (JdbcOrderJournal orders = opened) {
      return pay(command, settings, order.get(), generated, orders);
    }
  }

  private int pay(
      String command,
      ClientSettings settings,
      PaymentOrder order,
      boolean generated,
      JdbcOrderJournal orders) {
    int unfinishedBefore;
    try {
      unfinishedBefore = orders.unfinished().size();
    } catch (JournalException unreadable) {
      return print(invalid(command, "--journal", unreadable.getMessage()), Map.of());
    }
    Map<String, String> sent = Reports.orderFields(settings.shownTerminal(), order);
    if (!terminal.json) {
      HumanOutput.sending(context.out(), command, sent, generated);
    }
    Report report;
    try (EcrClient client = settings.builder().journal(orders).build()) {
      report = connectAndPay(command, settings, client, order, sent);
    }
    int exitCode = print(report.withOrderNoGenerated(generated), sent);
    if (unfinishedBefore > 0 && !terminal.json) {
      context
          .err()
          .println(
              "note: "
                  + unfinishedBefore
                  + " earlier order(s) in the journal are unfinished; 'ecr recover' settles them");
    }
    return exitCode;
  }

  // the waiting line and the progress lines are never referenced: they are held only to be
  // drawn while the payment waits, and closed (stopped) when it ends
  @SuppressWarnings("try")
  private Report connectAndPay(
      String command,
      ClientSettings settings,
      EcrClient client,
      PaymentOrder order,
      Map<String, String> sent) {
    try {
      client.connect().get(settings.connectWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException unreachable) {
      return Report.of(
          command, Outcome.UNREACHABLE, sent, "nothing was sent: " + Failures.message(unreachable));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Report.of(command, Outcome.UNREACHABLE, sent, "interrupted before sending");
    }
    long start = System.nanoTime();
    Thread interruptNotice = InterruptNotice.install(context.err(), order.merchantOrderNo());
    PaymentOutcome outcome;
    try (WaitingLine line =
            WaitingLine.start(context.out(), context.interactive() && !terminal.json);
        ProgressLines progress =
            ProgressLines.start(
                context.err(),
                !context.interactive(),
                terminal.progress,
                seconds ->
                    "still waiting for the terminal: "
                        + seconds
                        + " s, order "
                        + order.merchantOrderNo())) {
      outcome = client.submitAsync(order).join();
    } finally {
      InterruptNotice.remove(interruptNotice);
    }
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return Reports.payment(command, settings.shownTerminal(), order, outcome)
        .withElapsedMillis(elapsed);
  }

  private int print(Report report, Map<String, String> alreadyShown) {
    ReportPrinter.print(context, terminal.json, report, alreadyShown);
    return report.outcome().exitCode();
  }

  private static Report invalid(String command, String option, String message) {
    return Report.invalid(command, List.of(new Violation(option, message)));
  }
}
