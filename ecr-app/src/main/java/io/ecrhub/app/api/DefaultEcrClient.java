package io.ecrhub.app.api;

import io.ecrhub.app.events.ConnectionState;
import io.ecrhub.app.events.OutcomeSource;
import io.ecrhub.app.events.RecoveryTrigger;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.payment.RecoveryProgress;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.reconciliation.Reconciliation;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.client.internal.ClientSession;
import io.ecrhub.protocol.client.internal.OrderLogContext;
import io.ecrhub.protocol.client.internal.SessionStats;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client: a payment service over a session, plus the parts it owns and must release, and the
 * events it tells its listeners.
 */
final class DefaultEcrClient implements EcrClient {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultEcrClient.class);

  private final EcrClientConfig config;
  private final ClientSession session;
  private final PaymentService payments;
  private final Pairing pairing;
  private final ClientEvents events;
  private final List<AutoCloseable> owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  DefaultEcrClient(
      EcrClientConfig config,
      ClientSession session,
      PaymentService payments,
      Pairing pairing,
      ClientEvents events,
      List<AutoCloseable> owned) {
    this.config = config;
    this.session = session;
    this.payments = payments;
    this.pairing = pairing;
    this.events = events;
    this.owned = List.copyOf(owned);
  }

  @Override
  public CompletableFuture<Void> connect() {
    return session
        .connect()
        .toCompletableFuture()
        .thenRun(
            () -> {
              if (config.recoverOnConnect()) {
                // in the background: its outcomes, or its failure, reach the listeners
                recover(RecoveryTrigger.CONNECT, settled -> {});
              }
            });
  }

  @Override
  public CompletableFuture<PaymentOutcome> submitAsync(PaymentOrder order) {
    long start = System.nanoTime();
    Optional<MerchantOrderNo> number = Optional.of(order.merchantOrderNo());
    events.orderSubmitted(order);
    return payments
        .submit(order)
        .toCompletableFuture()
        .thenApply(
            outcome -> {
              events.outcomeDecided(
                  number,
                  outcome,
                  OutcomeSource.SUBMITTED,
                  Optional.of(Duration.ofNanos(System.nanoTime() - start)));
              return outcome;
            });
  }

  @Override
  public CompletableFuture<PaymentOutcome> submitAsync(OrderDraft draft) {
    Validation<Seq<Violation>, PaymentOrder> order =
        draft.currencyScale(config.currencyScale()).validate();
    if (order.isInvalid()) {
      PaymentOutcome rejected = new PaymentOutcome.Rejected(order.getError());
      events.outcomeDecided(
          Optional.empty(), rejected, OutcomeSource.SUBMITTED, Optional.of(Duration.ZERO));
      return CompletableFuture.completedFuture(rejected);
    }
    return submitAsync(order.get());
  }

  @Override
  public CompletableFuture<TerminalReply<TransactionResult>> queryAsync(
      MerchantOrderNo merchantOrderNo) {
    return payments.query(merchantOrderNo).toCompletableFuture();
  }

  @Override
  public CompletableFuture<TerminalReply<MerchantOrderNo>> closeOrderAsync(
      MerchantOrderNo merchantOrderNo) {
    return payments.close(merchantOrderNo).toCompletableFuture();
  }

  @Override
  public CompletableFuture<Seq<PaymentOutcome>> recoverAsync() {
    return recover(RecoveryTrigger.REQUESTED, settled -> {});
  }

  @Override
  public CompletableFuture<Reconciliation> reconcileAsync(JournalWindow window) {
    CompletableFuture<Reconciliation> reconciled;
    try {
      reconciled = payments.reconcile(window).toCompletableFuture();
    } catch (IllegalArgumentException otherTerminal) {
      throw otherTerminal; // a wrong window is the caller's mistake, said at once
    } catch (RuntimeException journalFailure) {
      reconciled = CompletableFuture.failedFuture(journalFailure);
    }
    return reconciled.thenApply(
        reconciliation -> {
          reconciliation
              .orders()
              .forEach(
                  order ->
                      order
                          .settled()
                          .forEach(
                              outcome ->
                                  events.outcomeDecided(
                                      Optional.of(order.journal().merchantOrderNo()),
                                      outcome,
                                      OutcomeSource.RECONCILED,
                                      Optional.empty())));
          return reconciliation;
        });
  }

  /**
   * Recovers the journal's unfinished orders of this terminal, telling the listeners which it works
   * on, each outcome as soon as it is known (and {@code eachSettled}, after them), and the end — or
   * the failure, which is also logged.
   */
  private CompletableFuture<Seq<PaymentOutcome>> recover(
      RecoveryTrigger trigger, Consumer<? super PaymentOutcome> eachSettled) {
    AtomicBoolean started = new AtomicBoolean();
    RecoveryProgress progress =
        new RecoveryProgress() {
          @Override
          public void claimed(Seq<MerchantOrderNo> orders) {
            started.set(true);
            events.recoveryStarted(trigger, orders.asJava());
          }

          @Override
          public void settled(PaymentOutcome outcome) {
            numberOf(outcome)
                .ifPresent(
                    number -> {
                      if (trigger == RecoveryTrigger.CONNECT) {
                        OrderLogContext.run(
                            number.value(), () -> LOG.info("recovered after start: {}", outcome));
                      }
                      events.outcomeDecided(
                          Optional.of(number), outcome, OutcomeSource.RECOVERED, Optional.empty());
                    });
            eachSettled.accept(outcome);
          }
        };
    CompletableFuture<Seq<PaymentOutcome>> recovered;
    RuntimeException synchronousFailure = null;
    try {
      recovered = payments.recover(progress).toCompletableFuture();
    } catch (RuntimeException failure) {
      synchronousFailure = failure;
      recovered = CompletableFuture.failedFuture(failure);
    }
    CompletableFuture<Seq<PaymentOutcome>> reported =
        recovered.whenComplete(
            (outcomes, failure) -> {
              if (!started.get()) {
                events.recoveryStarted(trigger, List.of());
              }
              Optional<Throwable> cause =
                  Optional.ofNullable(failure).map(DefaultEcrClient::unwrap);
              cause.ifPresent(
                  why ->
                      LOG.warn(
                          "the recovery of unfinished orders failed; they stay unfinished in the"
                              + " journal: {}",
                          why.toString()));
              events.recoveryEnded(
                  trigger, outcomes == null ? List.of() : outcomes.asJava(), cause);
            });
    if (synchronousFailure != null && trigger == RecoveryTrigger.REQUESTED) {
      throw synchronousFailure; // as before: a caller of recover() sees the journal's failure
    }
    return reported;
  }

  /** The order an outcome is about; none only for an order rejected without a valid number. */
  private static Optional<MerchantOrderNo> numberOf(PaymentOutcome outcome) {
    return outcome.fold(
        approved -> Optional.of(approved.result().merchantOrderNo()),
        declined -> Optional.of(declined.merchantOrderNo()),
        mismatch -> Optional.of(mismatch.merchantOrderNo()),
        unknown -> Optional.of(unknown.merchantOrderNo()),
        rejected -> Optional.empty(),
        notSent -> Optional.of(notSent.merchantOrderNo()));
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  @Override
  public ConnectionState connectionState() {
    return ClientEvents.stateOf(session.linkState());
  }

  @Override
  public CompletableFuture<TerminalReply<PairedTerminal>> pairAsync() {
    return pairing.pair();
  }

  @Override
  public CompletableFuture<TerminalReply<PairedTerminal>> unpairAsync() {
    return pairing.unpair();
  }

  @Override
  public CompletableFuture<Seq<PaymentOutcome>> recoverAsync(
      Consumer<? super PaymentOutcome> eachSettled) {
    Objects.requireNonNull(eachSettled, "eachSettled");
    return recover(RecoveryTrigger.REQUESTED, eachSettled);
  }

  @Override
  public String terminal() {
    return TerminalUris.redacted(config.terminal());
  }

  @Override
  public ClientStats stats() {
    SessionStats seen = session.stats();
    return new ClientStats(
        seen.requestsSent(),
        seen.repliesMatched(),
        seen.timeouts(),
        seen.lateReplies(),
        seen.unmatchedReplies(),
        seen.undecodableFrames(),
        seen.connectionsLost());
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      payments
          .shutdown(config.shutdownGrace())
          .toCompletableFuture()
          .get(config.shutdownGrace().toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException | java.util.concurrent.ExecutionException late) {
      LOG.warn(
          "orders still in flight at shutdown stay unfinished in the journal: {}", late.toString());
    }
    session.close();
    for (AutoCloseable part : owned) {
      try {
        part.close();
      } catch (Exception failure) {
        LOG.warn("closing {} failed: {}", part, failure.toString());
      }
    }
  }
}
