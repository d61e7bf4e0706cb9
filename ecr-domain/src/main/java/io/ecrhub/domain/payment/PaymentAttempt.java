package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseClass;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Scheduler;
import io.ecrhub.domain.port.TerminalGateway;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One order whose outcome the service is working out: the {@code pay.order} itself, then, when its
 * answer leaves the outcome in doubt, {@code pay.query} with back-off until the terminal reports a
 * final status or the recovery deadline passes. It never sends the order again.
 *
 * <p>Callbacks arrive on the gateway's and the scheduler's threads; the only shared state that
 * decides anything is {@link #settled}, so the first settlement wins and later ones are ignored.
 */
final class PaymentAttempt {

  private final MerchantOrderNo merchantOrderNo;
  private final TerminalGateway gateway;
  private final OrderJournal journal;
  private final Scheduler scheduler;
  private final PaymentPolicy policy;
  private final Consumer<PaymentAttempt> onSettled;
  private final CompletableFuture<PaymentOutcome> outcome = new CompletableFuture<>();
  private final AtomicBoolean settled = new AtomicBoolean();

  private volatile Option<TransactionResult> lastKnown = Option.none();
  private volatile String doubt = "";
  private volatile Instant deadline;
  private volatile int queries;
  private volatile int notFoundInARow;
  private volatile Scheduler.Cancellable nextQuery = () -> {};

  PaymentAttempt(
      MerchantOrderNo merchantOrderNo,
      TerminalGateway gateway,
      OrderJournal journal,
      Scheduler scheduler,
      PaymentPolicy policy,
      Consumer<PaymentAttempt> onSettled) {
    this.merchantOrderNo = merchantOrderNo;
    this.gateway = gateway;
    this.journal = journal;
    this.scheduler = scheduler;
    this.policy = policy;
    this.onSettled = onSettled;
  }

  MerchantOrderNo merchantOrderNo() {
    return merchantOrderNo;
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
      reply = gateway.order(order, policy.replyTimeout());
    } catch (RuntimeException failure) {
      // A gateway breaking its contract may still have written the order to the socket: the
      // outcome is unknown, not "not sent", and only a query can tell.
      recover("the terminal gateway failed while sending the order: " + failure);
      return;
    }
    reply.whenComplete(
        (answer, failure) -> {
          if (failure != null) {
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

  /** Starts asking the terminal about an order sent earlier, by this process or another. */
  void recover(String why) {
    doubt = why;
    deadline = scheduler.now().plus(policy.recoveryDeadline());
    queryNow();
  }

  /** Gives up on the order without an outcome, e.g. when the client shuts down. */
  void abandon(String why) {
    nextQuery.cancel();
    settle(new PaymentOutcome.Unknown(merchantOrderNo, why, lastKnown));
  }

  private void onOrderReply(TerminalReply<TransactionResult> reply) {
    if (reply instanceof TerminalReply.Answered<TransactionResult> answered) {
      onOrderAnswer(answered);
    } else if (reply instanceof TerminalReply.NoAnswer<TransactionResult> noAnswer) {
      recover("no answer to the order (" + noAnswer.reason() + ": " + noAnswer.detail() + ")");
    } else if (reply instanceof TerminalReply.NotSent<TransactionResult> notSent) {
      settle(new PaymentOutcome.NotSent(merchantOrderNo, notSent.reason(), notSent.detail()));
    }
  }

  private void onOrderAnswer(TerminalReply.Answered<TransactionResult> answer) {
    answer.body().forEach(body -> lastKnown = Option.some(body));
    ResponseClass classification = answer.code().classification();
    Option<TransactionStatus> status = answer.body().map(TransactionResult::status);
    if (classification == ResponseClass.SUCCESS && status.exists(TransactionStatus::isFinal)) {
      settle(finalOutcome(answer.body().get(), answer.code(), answer.message()));
    } else if (classification == ResponseClass.FAILED
        // 113 refuses only this copy of the order: the journal never lets a number be sent twice,
        // so the terminal already holds this very order (delivered twice) and may complete it.
        && !answer.code().equals(ResponseCode.DUPLICATE_ORDER_NO)
        && status.forAll(
            s -> s.equals(TransactionStatus.CLOSED) || s.equals(TransactionStatus.CANCELLED))) {
      settle(
          new PaymentOutcome.Declined(
              merchantOrderNo, answer.code(), answer.message(), answer.body()));
    } else {
      recover(
          "the terminal answered "
              + answer.code()
              + status.map(s -> " with status " + s).getOrElse("")
              + ", which does not settle the payment");
    }
  }

  private void queryNow() {
    if (settled.get()) {
      return;
    }
    queries++;
    CompletionStage<TerminalReply<TransactionResult>> reply;
    try {
      reply = gateway.query(new QueryRequest(merchantOrderNo), policy.queryTimeout());
    } catch (RuntimeException failure) {
      queryAgainLater("the query failed: " + failure);
      return;
    }
    reply.whenComplete(
        (answer, failure) -> {
          if (failure != null) {
            queryAgainLater("the query failed: " + failure);
          } else {
            onQueryReply(answer);
          }
        });
  }

  private void onQueryReply(TerminalReply<TransactionResult> reply) {
    if (reply instanceof TerminalReply.Answered<TransactionResult> answered) {
      onQueryAnswer(answered);
    } else if (reply instanceof TerminalReply.NoAnswer<TransactionResult> noAnswer) {
      queryAgainLater("the query got no answer (" + noAnswer.reason() + ")");
    } else if (reply instanceof TerminalReply.NotSent<TransactionResult> notSent) {
      queryAgainLater(
          "the query could not be sent (" + notSent.reason() + ": " + notSent.detail() + ")");
    }
  }

  private void onQueryAnswer(TerminalReply.Answered<TransactionResult> answer) {
    if (answer.code().equals(ResponseCode.NOT_FOUND)) {
      notFoundInARow++;
      if (notFoundInARow >= policy.notFoundConfirmations()) {
        settle(
            new PaymentOutcome.Declined(
                merchantOrderNo,
                answer.code(),
                "the terminal has no record of this order: it never reached the terminal, so nothing was charged",
                Option.none()));
      } else {
        queryAgainLater("the terminal does not know the order yet");
      }
      return;
    }
    notFoundInARow = 0;
    if (answer.code().isSuccess() && answer.body().isDefined()) {
      TransactionResult result = answer.body().get();
      lastKnown = Option.some(result);
      if (result.status().isFinal()) {
        settle(finalOutcome(result, answer.code(), answer.message()));
      } else {
        queryAgainLater("the terminal still reports status " + result.status());
      }
    } else {
      queryAgainLater("the query was answered " + answer.code());
    }
  }

  private void queryAgainLater(String why) {
    if (settled.get()) {
      return;
    }
    Duration untilDeadline = Duration.between(scheduler.now(), deadline);
    if (untilDeadline.isZero() || untilDeadline.isNegative()) {
      settle(
          new PaymentOutcome.Unknown(
              merchantOrderNo,
              doubt + "; after " + queries + " queries until the recovery deadline, " + why,
              lastKnown));
      return;
    }
    // The last pause is cut short rather than skipped: the terminal is asked once more at the
    // deadline itself, and the outcome is unknown only when the deadline has really passed.
    Duration backoff = policy.recoveryBackoff().delay(queries - 1);
    Duration delay = backoff.compareTo(untilDeadline) < 0 ? backoff : untilDeadline;
    nextQuery = scheduler.schedule(delay, this::queryNow);
  }

  private PaymentOutcome finalOutcome(TransactionResult result, ResponseCode code, String message) {
    if (result.status().isCompleted()) {
      return new PaymentOutcome.Approved(result);
    }
    String why =
        code.isSuccess() || message.isBlank()
            ? "the terminal reports the transaction " + result.status().label()
            : message;
    return new PaymentOutcome.Declined(merchantOrderNo, code, why, Option.some(result));
  }

  private void settle(PaymentOutcome result) {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    try {
      journal.recordOutcome(merchantOrderNo, Settlements.of(result, scheduler.now()));
    } catch (RuntimeException journalFailure) {
      // The entry stays unfinished in the journal, so recover() asks the terminal again later;
      // the caller still learns the outcome now.
    }
    onSettled.accept(this);
    outcome.complete(result);
  }
}
