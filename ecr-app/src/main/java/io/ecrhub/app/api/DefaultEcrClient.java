package io.ecrhub.app.api;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.client.internal.ClientSession;
import io.ecrhub.protocol.client.internal.SessionStats;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The client: a payment service over a session, plus the parts it owns and must release. */
final class DefaultEcrClient implements EcrClient {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultEcrClient.class);

  private final EcrClientConfig config;
  private final ClientSession session;
  private final PaymentService payments;
  private final List<AutoCloseable> owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  DefaultEcrClient(
      EcrClientConfig config,
      ClientSession session,
      PaymentService payments,
      List<AutoCloseable> owned) {
    this.config = config;
    this.session = session;
    this.payments = payments;
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
                payments
                    .recover()
                    .whenComplete(
                        (outcomes, failure) -> {
                          if (outcomes != null) {
                            outcomes.forEach(
                                outcome -> LOG.info("recovered after start: {}", outcome));
                          }
                        });
              }
            });
  }

  @Override
  public CompletableFuture<PaymentOutcome> submitAsync(PaymentOrder order) {
    return payments.submit(order).toCompletableFuture();
  }

  @Override
  public CompletableFuture<PaymentOutcome> submitAsync(OrderDraft draft) {
    Validation<Seq<Violation>, PaymentOrder> order =
        draft.currencyScale(config.currencyScale()).validate();
    if (order.isInvalid()) {
      return CompletableFuture.completedFuture(new PaymentOutcome.Rejected(order.getError()));
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
    return payments.recover().toCompletableFuture();
  }

  @Override
  public CompletableFuture<Seq<PaymentOutcome>> recoverAsync(
      Consumer<? super PaymentOutcome> eachSettled) {
    return payments.recover(eachSettled).toCompletableFuture();
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
