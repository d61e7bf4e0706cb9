package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.payment.OutcomeRules.StatusMeaning;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.reconciliation.Agreement;
import io.ecrhub.domain.reconciliation.ReconciledOrder;
import io.ecrhub.domain.reconciliation.Reconciliation;
import io.ecrhub.domain.reconciliation.TerminalView;
import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Compares the journal of one terminal over a window with what the terminal says, order by order.
 * Two kinds of order, two ways, both by the engine's rules:
 *
 * <ul>
 *   <li>An unfinished order (pending, sent, unknown) is recovered exactly as {@link
 *       PaymentService#recover()} recovers it — claimed first, queried, fenced where the rules say
 *       so — and settled in the journal when the terminal's answers settle it.
 *   <li>A finished order is queried once, and the answer is read with {@link OutcomeRules} and
 *       {@link OrderMatch}, as the engine reads a query; the journal is never changed for it: where
 *       the two differ, the order is flagged for a person.
 * </ul>
 *
 * Finished orders are asked about one after another, so that a day's worth of queries does not
 * crowd the terminal.
 */
final class Reconciler {

  private final PaymentService service;
  private final TerminalGateway gateway;
  private final OrderJournal journal;
  private final PaymentPolicy policy;

  Reconciler(
      PaymentService service, TerminalGateway gateway, OrderJournal journal, PaymentPolicy policy) {
    this.service = service;
    this.gateway = gateway;
    this.journal = journal;
    this.policy = policy;
  }

  CompletionStage<Reconciliation> reconcile(JournalWindow window) {
    if (window.terminalId().exists(terminal -> !terminal.equals(gateway.terminalId()))) {
      throw new IllegalArgumentException(
          "this payment service asks terminal "
              + gateway.terminalId()
              + "; it cannot reconcile the journal of terminal "
              + window.terminalId().get());
    }
    JournalWindow ofThisTerminal = window.ofTerminal(gateway.terminalId());
    Seq<JournalEntry> entries = journal.inWindow(ofThisTerminal).toList();
    Seq<CompletableFuture<ReconciledOrder>> unfinished =
        entries.filter(entry -> !entry.state().isFinished()).map(this::recovered);
    CompletableFuture<Seq<ReconciledOrder>> finished =
        oneAfterAnother(entries.filter(entry -> entry.state().isFinished()));
    return CompletableFuture.allOf(unfinished.toJavaList().toArray(new CompletableFuture<?>[0]))
        .thenCombine(
            finished,
            (ignored, asked) -> {
              Seq<ReconciledOrder> all = unfinished.map(CompletableFuture::join).appendAll(asked);
              return new Reconciliation(
                  ofThisTerminal, gateway.terminalId(), inJournalOrder(entries, all));
            });
  }

  /** An unfinished order, through the engine's own recovery. */
  private CompletableFuture<ReconciledOrder> recovered(JournalEntry entry) {
    Option<CompletableFuture<PaymentOutcome>> recovery = service.recoverOne(entry);
    if (recovery.isEmpty()) {
      return CompletableFuture.completedFuture(
          new ReconciledOrder(
              entry,
              Option.none(),
              Agreement.IN_FLIGHT,
              Option.none(),
              "journal "
                  + entry.state()
                  + "; another process holds it"
                  + entry.claim().map(claim -> " (" + claim.holder() + ")").getOrElse("")
                  + " or this service is working on it: left alone"));
    }
    return recovery
        .get()
        .thenApply(
            outcome -> {
              boolean settled = !(outcome instanceof PaymentOutcome.Unknown);
              return new ReconciledOrder(
                  entry,
                  viewOf(outcome),
                  settled ? Agreement.SETTLED : Agreement.UNANSWERED,
                  Option.some(outcome),
                  "journal "
                      + entry.state()
                      + (settled ? "; settled now: " : "; still unsettled: ")
                      + outcome.decidedBy());
            });
  }

  private CompletableFuture<Seq<ReconciledOrder>> oneAfterAnother(Seq<JournalEntry> finished) {
    CompletableFuture<Seq<ReconciledOrder>> done = CompletableFuture.completedFuture(List.empty());
    for (JournalEntry entry : finished) {
      done = done.thenCompose(lines -> asked(entry).thenApply(lines::append));
    }
    return done;
  }

  /** A finished order, asked about once and compared; the journal stays as it is. */
  private CompletableFuture<ReconciledOrder> asked(JournalEntry entry) {
    CompletionStage<TerminalReply<TransactionResult>> reply;
    try {
      reply = gateway.query(new QueryRequest(entry.merchantOrderNo()), policy.queryTimeout());
    } catch (RuntimeException failure) {
      reply = CompletableFuture.failedFuture(failure);
    }
    return reply
        .handle(
            (answer, failure) ->
                failure == null
                    ? view(SentOrder.of(entry), answer)
                    : new TerminalView(
                        TerminalView.Kind.NO_ANSWER,
                        Option.none(),
                        List.empty(),
                        "the query failed: " + failure))
        .thenApply(view -> compared(entry, view))
        .toCompletableFuture();
  }

  private static ReconciledOrder compared(JournalEntry entry, TerminalView terminal) {
    Agreement agreement = agreement(entry, terminal);
    String verdict =
        switch (agreement) {
          case AGREES -> "agree";
          case UNANSWERED -> "the terminal did not settle the question";
          default -> disagreement(entry, terminal);
        };
    return new ReconciledOrder(
        entry,
        Option.some(terminal),
        agreement,
        Option.none(),
        "journal " + entry.state() + "; terminal " + terminal.said() + " — " + verdict);
  }

  /** How a finished journal state and the terminal's word compare. */
  private static Agreement agreement(JournalEntry entry, TerminalView terminal) {
    TerminalView.Kind kind = terminal.kind();
    if (kind == TerminalView.Kind.NO_ANSWER
        || (kind == TerminalView.Kind.UNDECIDED && terminal.reported().isEmpty())) {
      return Agreement.UNANSWERED;
    }
    return switch (entry.state()) {
      case APPROVED -> kind == TerminalView.Kind.TAKEN ? Agreement.AGREES : Agreement.DISAGREES;
      case MISMATCH ->
          kind == TerminalView.Kind.TAKEN_OTHERWISE ? Agreement.AGREES : Agreement.DISAGREES;
      case DECLINED, NOT_SENT -> terminal.saysNotTaken() ? Agreement.AGREES : Agreement.DISAGREES;
      default -> throw new IllegalStateException("not a finished state: " + entry.state());
    };
  }

  private static String disagreement(JournalEntry entry, TerminalView terminal) {
    if (terminal.saysTaken()
        && !entry.state().equals(JournalState.APPROVED)
        && !entry.state().equals(JournalState.MISMATCH)) {
      return "the journal says no money moved, but the terminal completed the order";
    }
    if (terminal.kind() == TerminalView.Kind.TAKEN_OTHERWISE) {
      return "the terminal completed it otherwise than ordered: "
          + terminal.differences().mkString(", ");
    }
    if (terminal.kind() == TerminalView.Kind.TAKEN) {
      return "the terminal completed it exactly as ordered, the journal holds a mismatch";
    }
    if (terminal.saysNotTaken()) {
      return "the journal says it was paid, but the terminal charged nothing for it";
    }
    return "the terminal has not finished it";
  }

  /**
   * Reads one query answer as the engine does: {@link OutcomeRules#meaningOf} for the status, a
   * final success only from {@code 000}, {@link OrderMatch} for whether it is the order sent.
   */
  static TerminalView view(SentOrder sent, TerminalReply<TransactionResult> reply) {
    if (reply instanceof TerminalReply.Answered<TransactionResult> answered) {
      String said = answered.code().code();
      if (answered.body().isEmpty()) {
        return new TerminalView(
            answered.code().equals(ResponseCode.NOT_FOUND)
                ? TerminalView.Kind.NOT_FOUND
                : TerminalView.Kind.UNDECIDED,
            Option.none(),
            List.empty(),
            said);
      }
      TransactionResult result = answered.body().get();
      said += ", status " + result.status().code();
      StatusMeaning meaning = OutcomeRules.meaningOf(sent.type(), result.status());
      if (meaning == StatusMeaning.NOT_TAKEN) {
        return new TerminalView(TerminalView.Kind.NOT_TAKEN, answered.body(), List.empty(), said);
      }
      if (meaning == StatusMeaning.TAKEN && answered.code().isSuccess()) {
        Seq<Difference> differences = OrderMatch.differences(sent, result);
        return new TerminalView(
            differences.isEmpty() ? TerminalView.Kind.TAKEN : TerminalView.Kind.TAKEN_OTHERWISE,
            answered.body(),
            differences,
            said);
      }
      return new TerminalView(TerminalView.Kind.UNDECIDED, answered.body(), List.empty(), said);
    }
    if (reply instanceof TerminalReply.NoAnswer<TransactionResult> noAnswer) {
      return noAnswer("no answer (" + noAnswer.reason() + ")");
    }
    TerminalReply.NotSent<TransactionResult> notSent =
        (TerminalReply.NotSent<TransactionResult>) reply;
    return noAnswer("not asked (" + notSent.reason() + ": " + notSent.detail() + ")");
  }

  /** What the terminal said of an order the engine just settled, as its outcome records it. */
  private static Option<TerminalView> viewOf(PaymentOutcome outcome) {
    if (outcome instanceof PaymentOutcome.Approved approved) {
      return Option.some(
          new TerminalView(
              TerminalView.Kind.TAKEN,
              Option.some(approved.result()),
              List.empty(),
              approved.decidedBy()));
    }
    if (outcome instanceof PaymentOutcome.Mismatch mismatch) {
      return Option.some(
          new TerminalView(
              TerminalView.Kind.TAKEN_OTHERWISE,
              Option.some(mismatch.reported()),
              mismatch.differences(),
              mismatch.decidedBy()));
    }
    if (outcome instanceof PaymentOutcome.Declined declined) {
      boolean unknownThere = declined.code().equals(ResponseCode.NOT_FOUND);
      return Option.some(
          new TerminalView(
              unknownThere && declined.result().isEmpty()
                  ? TerminalView.Kind.NOT_FOUND
                  : TerminalView.Kind.NOT_TAKEN,
              declined.result(),
              List.empty(),
              declined.decidedBy()));
    }
    if (outcome instanceof PaymentOutcome.Unknown unknown) {
      return Option.some(
          new TerminalView(
              unknown.lastKnown().isDefined()
                  ? TerminalView.Kind.UNDECIDED
                  : TerminalView.Kind.NO_ANSWER,
              unknown.lastKnown(),
              List.empty(),
              unknown.decidedBy()));
    }
    return Option.none(); // not sent: the journal alone proved it, the terminal was not asked
  }

  private static TerminalView noAnswer(String said) {
    return new TerminalView(TerminalView.Kind.NO_ANSWER, Option.none(), List.empty(), said);
  }

  private static Seq<ReconciledOrder> inJournalOrder(
      Seq<JournalEntry> entries, Seq<ReconciledOrder> lines) {
    Map<MerchantOrderNo, ReconciledOrder> byNumber =
        lines.toMap(line -> line.journal().merchantOrderNo(), Function.identity());
    return entries.map(entry -> byNumber.get(entry.merchantOrderNo()).get());
  }
}
