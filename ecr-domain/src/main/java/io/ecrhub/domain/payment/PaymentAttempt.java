package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.CloseRequest;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.payment.OutcomeRules.OrderAnswer;
import io.ecrhub.domain.payment.OutcomeRules.StatusMeaning;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Scheduler;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One order whose outcome the service is working out, by the rules of {@link OutcomeRules}: the
 * {@code pay.order} itself, then, when its answer proves nothing, {@code pay.query} with back-off
 * until the terminal reports a final status or the recovery deadline passes. It never sends the
 * order again.
 *
 * <p>"The terminal does not know this order" ({@code 104}) is never proof by itself once the frame
 * may have left — a terminal may register an order only after its screen step. Such an order is
 * fenced instead: a {@code pay.close} answered {@code 000} proves that it can no longer be paid;
 * anything else leaves it unsure, and the queries go on.
 *
 * <p>Callbacks arrive on the gateway's and the scheduler's threads; the only shared state that
 * decides anything is {@link #settled}, so the first settlement wins and later ones are ignored.
 */
final class PaymentAttempt {

  private final SentOrder sent;
  private final TerminalGateway gateway;
  private final OrderJournal journal;
  private final Scheduler scheduler;
  private final PaymentPolicy policy;
  private final Consumer<PaymentAttempt> onSettled;
  private final CompletableFuture<PaymentOutcome> outcome = new CompletableFuture<>();
  private final AtomicBoolean settled = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();

  private volatile Option<TransactionResult> lastKnown = Option.none();
  private volatile String doubt = "";
  private volatile Instant deadline;
  private volatile int queries;
  private volatile int closes;

  /** Whether the frame may have reached the terminal; until then, "not found" proves a lot. */
  private volatile boolean mayHaveLeft;

  /** The order was answered {@code 113}: the first transaction a query reports must be ours. */
  private volatile boolean numberTaken;

  private volatile Scheduler.Cancellable nextQuery = () -> {};

  PaymentAttempt(
      SentOrder sent,
      TerminalGateway gateway,
      OrderJournal journal,
      Scheduler scheduler,
      PaymentPolicy policy,
      Consumer<PaymentAttempt> onSettled) {
    this.sent = sent;
    this.gateway = gateway;
    this.journal = journal;
    this.scheduler = scheduler;
    this.policy = policy;
    this.onSettled = onSettled;
  }

  MerchantOrderNo merchantOrderNo() {
    return sent.merchantOrderNo();
  }

  CompletableFuture<PaymentOutcome> outcome() {
    return outcome;
  }

  /** Sends the order, once. */
  void send(PaymentOrder order) {
    if (settled.get()) {
      return; // abandoned by a shutdown while the order was being journaled: never send it now
    }
    CompletionStage<TerminalReply<TransactionResult>> reply;
    try {
      reply = gateway.order(order, policy.replyTimeout(), this::markSent);
    } catch (RuntimeException failure) {
      // A gateway breaking its contract may still have written the order to the socket: the
      // outcome is unknown, not "not sent", and only a query can tell.
      mayHaveLeft = true;
      recover("the terminal gateway failed while sending the order: " + failure);
      return;
    }
    reply.whenComplete(
        (answer, failure) -> {
          if (failure != null) {
            mayHaveLeft = true;
            recover("the terminal gateway failed while sending the order: " + failure);
          } else {
            onOrderReply(answer);
          }
        });
  }

  /**
   * Ends an attempt whose order was refused before it was journaled or sent. Nothing is recorded:
   * the journal may hold another order under the same number.
   */
  void withdraw(PaymentOutcome refusal) {
    if (settled.compareAndSet(false, true)) {
      onSettled.accept(this);
      outcome.complete(refusal);
    }
  }

  /** Starts asking the terminal about an order that may have reached it. */
  void recover(String why) {
    mayHaveLeft = true;
    doubt = why;
    deadline = scheduler.now().plus(policy.recoveryDeadline());
    queryNow();
  }

  /**
   * Settles an order that the journal proves never left: it was recorded, but the process stopped
   * before marking it sent.
   */
  void settleNeverSent(String why) {
    settle(
        new PaymentOutcome.NotSent(merchantOrderNo(), NotSentReason.STOPPED_BEFORE_SENDING, why));
  }

  /** Gives up on the order without an outcome, e.g. when the client shuts down. */
  void abandon(String why) {
    nextQuery.cancel();
    settle(new PaymentOutcome.Unknown(merchantOrderNo(), why, lastKnown));
  }

  /** The journal's mark, the moment before the frame leaves; a failure stops the send. */
  private void markSent() {
    journal.markSent(merchantOrderNo(), scheduler.now());
    mayHaveLeft = true;
  }

  private void onOrderReply(TerminalReply<TransactionResult> reply) {
    if (reply instanceof TerminalReply.Answered<TransactionResult> answered) {
      onOrderAnswer(answered);
    } else if (reply instanceof TerminalReply.NoAnswer<TransactionResult> noAnswer) {
      recover("no answer to the order (" + noAnswer.reason() + ": " + noAnswer.detail() + ")");
    } else if (reply instanceof TerminalReply.NotSent<TransactionResult> notSent) {
      settle(new PaymentOutcome.NotSent(merchantOrderNo(), notSent.reason(), notSent.detail()));
    }
  }

  private void onOrderAnswer(TerminalReply.Answered<TransactionResult> answer) {
    ResponseCode code = answer.code();
    Option<TransactionResult> body = answer.body();
    body.forEach(result -> lastKnown = Option.some(result));
    Option<StatusMeaning> meaning = body.map(this::meaningOf);
    String atTheOrder = code.code() + " at the order";
    if (meaning.contains(StatusMeaning.NOT_TAKEN)) {
      settle(declined(code, answer.message(), body, "declined: " + atTheOrder + statusOf(body)));
      return;
    }
    if (code.isSuccess() && meaning.contains(StatusMeaning.TAKEN)) {
      settleTaken(body.get(), atTheOrder + statusOf(body));
      return;
    }
    OutcomeRules.CodeRule rule = OutcomeRules.forCode(code);
    boolean refused =
        rule.answer() == OrderAnswer.REFUSED
            || (rule.answer() == OrderAnswer.REFUSED_FOR_FOLLOW_UP
                && sent.origMerchantOrderNo().isDefined());
    if (refused && body.isEmpty()) {
      settle(declined(code, answer.message(), body, "declined: " + atTheOrder));
      return;
    }
    if (rule.answer() == OrderAnswer.NUMBER_TAKEN) {
      numberTaken = true;
    }
    recover(
        "the terminal answered "
            + code
            + statusOf(body)
            + ", which does not settle the payment ("
            + rule.reason()
            + ")");
  }

  private void queryNow() {
    if (settled.get()) {
      return;
    }
    int number = ++queries;
    CompletionStage<TerminalReply<TransactionResult>> reply;
    try {
      reply = gateway.query(new QueryRequest(merchantOrderNo()), policy.queryTimeout());
    } catch (RuntimeException failure) {
      queryAgainLater("query #" + number + " failed: " + failure);
      return;
    }
    reply.whenComplete(
        (answer, failure) -> {
          if (failure != null) {
            queryAgainLater("query #" + number + " failed: " + failure);
          } else {
            onQueryReply(answer, number);
          }
        });
  }

  private void onQueryReply(TerminalReply<TransactionResult> reply, int number) {
    if (reply instanceof TerminalReply.Answered<TransactionResult> answered) {
      onQueryAnswer(answered, number);
    } else if (reply instanceof TerminalReply.NoAnswer<TransactionResult> noAnswer) {
      queryAgainLater("query #" + number + " got no answer (" + noAnswer.reason() + ")");
    } else if (reply instanceof TerminalReply.NotSent<TransactionResult> notSent) {
      queryAgainLater(
          "query #"
              + number
              + " could not be sent ("
              + notSent.reason()
              + ": "
              + notSent.detail()
              + ")");
    }
  }

  private void onQueryAnswer(TerminalReply.Answered<TransactionResult> answer, int number) {
    String query = "query #" + number;
    if (answer.body().isDefined()) {
      TransactionResult result = answer.body().get();
      lastKnown = Option.some(result);
      Seq<Difference> differences = OrderMatch.differences(sent, result);
      if (numberTaken && !differences.isEmpty()) {
        settle(anotherOrderHoldsTheNumber(result, differences, query));
        return;
      }
      StatusMeaning meaning = meaningOf(result);
      if (meaning == StatusMeaning.NOT_TAKEN) {
        settle(
            declined(
                answer.code(),
                "the terminal reports the order " + result.status().label(),
                answer.body(),
                "declined: " + query + " said status " + result.status().code()));
      } else if (meaning == StatusMeaning.TAKEN && answer.code().isSuccess()) {
        settleTaken(result, query + " said status " + result.status().code());
      } else {
        queryAgainLater(query + " said " + answer.code() + " with status " + result.status());
      }
      return;
    }
    if (answer.code().equals(ResponseCode.NOT_FOUND)) {
      if (!mayHaveLeft) {
        settle(
            new PaymentOutcome.NotSent(
                merchantOrderNo(),
                NotSentReason.STOPPED_BEFORE_SENDING,
                "the order never left and the terminal does not know it (" + query + ")"));
        return;
      }
      fence(query);
      queryAgainLater(query + " said 104, the terminal does not know the order (yet)");
      return;
    }
    queryAgainLater(query + " was answered " + answer.code());
  }

  /**
   * Closes an order the terminal says it does not know, so that it can never be paid; only an
   * acknowledged close proves that. One close at a time.
   */
  private void fence(String afterQuery) {
    if (settled.get() || !closing.compareAndSet(false, true)) {
      return;
    }
    int number = ++closes;
    CompletionStage<TerminalReply<MerchantOrderNo>> reply;
    try {
      reply = gateway.close(new CloseRequest(merchantOrderNo()), policy.queryTimeout());
    } catch (RuntimeException failure) {
      closing.set(false);
      return;
    }
    reply.whenComplete(
        (answer, failure) -> {
          closing.set(false);
          if (failure == null
              && answer instanceof TerminalReply.Answered<MerchantOrderNo> answered
              && answered.code().isSuccess()) {
            settle(
                declined(
                    ResponseCode.NOT_FOUND,
                    "the terminal did not know the order and acknowledged closing it, so it can"
                        + " no longer be paid",
                    Option.none(),
                    "not charged: close #"
                        + number
                        + " acknowledged after "
                        + afterQuery
                        + " said 104"));
          }
          // 201 (completed or completing), 104 (still unknown), no answer: the queries go on
        });
  }

  private void queryAgainLater(String why) {
    if (settled.get()) {
      return;
    }
    Duration untilDeadline = Duration.between(scheduler.now(), deadline);
    if (untilDeadline.isZero() || untilDeadline.isNegative()) {
      settle(
          new PaymentOutcome.Unknown(
              merchantOrderNo(),
              doubt
                  + "; after "
                  + queries
                  + (queries == 1 ? " query" : " queries")
                  + (closes == 0 ? "" : " and " + closes + (closes == 1 ? " close" : " closes"))
                  + " until the recovery deadline, "
                  + why,
              lastKnown));
      return;
    }
    // The last pause is cut short rather than skipped: the terminal is asked once more at the
    // deadline itself, and the outcome is unknown only when the deadline has really passed.
    Duration backoff = policy.recoveryBackoff().delay(queries - 1);
    Duration delay = backoff.compareTo(untilDeadline) < 0 ? backoff : untilDeadline;
    nextQuery = scheduler.schedule(delay, this::queryNow);
  }

  /** A final success: approved when it matches the order as sent, a mismatch otherwise. */
  private void settleTaken(TransactionResult result, String where) {
    Seq<Difference> differences = OrderMatch.differences(sent, result);
    if (differences.isEmpty()) {
      settle(new PaymentOutcome.Approved(result, "approved: " + where));
    } else {
      settle(
          new PaymentOutcome.Mismatch(
              merchantOrderNo(),
              result,
              differences,
              "mismatch: " + where + ", but " + differences.mkString(", ")));
    }
  }

  /** A {@code 113} whose number a different transaction holds: our order was refused. */
  private PaymentOutcome anotherOrderHoldsTheNumber(
      TransactionResult other, Seq<Difference> differences, String query) {
    return declined(
        ResponseCode.DUPLICATE_ORDER_NO,
        "the terminal refused this order: another transaction ("
            + other.type().map(type -> type.label()).getOrElse("of unknown type")
            + other.orderAmount().map(amount -> " of " + amount).getOrElse("")
            + other.transNo().map(transNo -> ", trans_no " + transNo).getOrElse("")
            + ") already uses its merchant order number",
        Option.none(),
        "declined: 113 at the order, and "
            + query
            + " shows another transaction under this number ("
            + differences.mkString(", ")
            + ")");
  }

  private PaymentOutcome.Declined declined(
      ResponseCode code, String message, Option<TransactionResult> result, String decidedBy) {
    String text = message.isBlank() ? code.description() : message;
    return new PaymentOutcome.Declined(merchantOrderNo(), code, text, result, decidedBy);
  }

  private StatusMeaning meaningOf(TransactionResult result) {
    return OutcomeRules.meaningOf(sent.type(), result.status());
  }

  private static String statusOf(Option<TransactionResult> body) {
    return body.map(result -> " with status " + result.status().code()).getOrElse("");
  }

  private void settle(PaymentOutcome result) {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    nextQuery.cancel();
    PaymentOutcome reported = result;
    try {
      journal.recordOutcome(merchantOrderNo(), Settlements.of(result, scheduler.now()));
    } catch (RuntimeException journalFailure) {
      // The entry stays unfinished in the journal, so recover() asks the terminal again later;
      // the caller still learns the outcome now, and that the journal did not take it.
      reported = JournalWriteFailure.noted(result, journalFailure);
    }
    onSettled.accept(this);
    outcome.complete(reported);
  }
}
