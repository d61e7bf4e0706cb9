package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code shutdown(grace)} lets orders in flight finish within the grace, and no longer. */
class ShutdownTest {

  private static final Duration GRACE = Duration.ofSeconds(10);

  private final PaymentFixture fixture = new PaymentFixture();

  @Test
  void an_order_answered_within_the_grace_completes_normally() {
    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");
    CompletableFuture<Void> shutdown = fixture.service.shutdown(GRACE).toCompletableFuture();

    fixture.advanceSeconds(4);
    assertThat(shutdown).isNotDone();
    fixture.gateway.onlyOrder().reply(completed("A1"));

    assertThat(outcomeOf(order)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(shutdown).isCompleted();
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.APPROVED);
    assertThat(fixture.scheduler.pendingTasks()).as("grace timer left behind").isZero();
  }

  @Test
  void an_order_recovered_within_the_grace_completes_normally() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(processing("A1")), reply(completed("A1")));
    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");
    CompletableFuture<Void> shutdown = fixture.service.shutdown(GRACE).toCompletableFuture();

    fixture.advanceSeconds(1);

    assertThat(outcomeOf(order)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(shutdown).isCompleted();
  }

  @Test
  void an_order_still_unanswered_when_the_grace_ends_is_unknown_and_stays_unfinished() {
    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");
    CompletableFuture<Void> shutdown = fixture.service.shutdown(GRACE).toCompletableFuture();

    fixture.advanceSeconds(9);
    assertThat(order).isNotDone();
    assertThat(shutdown).isNotDone();
    fixture.advanceSeconds(1);

    PaymentOutcome.Unknown unknown = outcomeOf(order, PaymentOutcome.Unknown.class);
    assertThat(unknown.reason()).contains("shut down");
    assertThat(shutdown).isCompleted();
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(fixture.journal.unfinished().map(entry -> entry.merchantOrderNo()))
        .containsExactly(new MerchantOrderNo("A1"));
  }

  @Test
  void an_answer_arriving_after_the_grace_does_not_change_the_reported_outcome() {
    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");
    fixture.service.shutdown(GRACE);
    fixture.advanceSeconds(10);

    fixture.gateway.onlyOrder().reply(completed("A1"));

    assertThat(outcomeOf(order)).isInstanceOf(PaymentOutcome.Unknown.class);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @Test
  void an_order_in_recovery_when_the_grace_ends_keeps_its_last_status_and_is_queried_no_more() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(processing("A1")));
    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");
    fixture.service.shutdown(GRACE);

    fixture.advanceSeconds(10);
    int queriesAtShutdown = fixture.gateway.queries().size();
    fixture.advanceSeconds(300);

    assertThat(outcomeOf(order, PaymentOutcome.Unknown.class).lastKnownStatus())
        .containsExactly(TransactionStatus.PROCESSING);
    assertThat(fixture.journal.entry("A1").transStatus())
        .containsExactly(TransactionStatus.PROCESSING);
    assertThat(fixture.gateway.queries()).hasSize(queriesAtShutdown);
    assertThat(fixture.gateway.orders()).hasSize(1);
  }

  @Test
  void no_order_is_taken_once_shutdown_has_begun() {
    fixture.service.shutdown(GRACE);

    PaymentOutcome.NotSent refused = outcomeOf(fixture.submit("B2"), PaymentOutcome.NotSent.class);

    assertThat(refused.reason()).isEqualTo(NotSentReason.CLIENT_CLOSED);
    assertThat(fixture.gateway.orders()).isEmpty();
    assertThat(fixture.journal.find(new MerchantOrderNo("B2"))).isEmpty();
  }

  @Test
  void with_nothing_in_flight_shutdown_completes_at_once() {
    assertThat(fixture.service.shutdown(GRACE).toCompletableFuture()).isCompleted();
  }

  @Test
  void an_order_being_journaled_when_shutdown_begins_is_waited_for() {
    AtomicReference<CompletableFuture<Void>> shutdown = new AtomicReference<>();
    fixture.journal.afterPending(
        entry -> shutdown.set(fixture.service.shutdown(GRACE).toCompletableFuture()));

    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");

    assertThat(shutdown.get()).as("shutdown while A1 is in flight").isNotDone();
    fixture.advanceSeconds(10);
    assertThat(outcomeOf(order)).isInstanceOf(PaymentOutcome.Unknown.class);
    assertThat(shutdown.get()).isCompleted();
  }

  @Test
  void an_order_whose_grace_ran_out_while_it_was_being_journaled_is_never_sent() {
    fixture.journal.afterPending(
        entry -> {
          fixture.service.shutdown(GRACE);
          fixture.advance(GRACE);
        });

    CompletableFuture<PaymentOutcome> order = fixture.submit("A1");

    assertThat(outcomeOf(order)).isInstanceOf(PaymentOutcome.Unknown.class);
    assertThat(fixture.gateway.orders()).isEmpty();
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.UNKNOWN);
  }

  @Test
  void an_order_submitted_as_shutdown_begins_is_either_refused_or_finished_by_the_grace()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 300; round++) {
        PaymentFixture shop = new PaymentFixture();
        CountDownLatch start = new CountDownLatch(1);
        Future<CompletableFuture<PaymentOutcome>> order =
            pool.submit(
                () -> {
                  start.await();
                  return shop.submit("A1");
                });
        Future<CompletableFuture<Void>> shutdown =
            pool.submit(
                () -> {
                  start.await();
                  return shop.service.shutdown(GRACE).toCompletableFuture();
                });
        start.countDown();
        CompletableFuture<PaymentOutcome> outcome = order.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> stopped = shutdown.get(10, TimeUnit.SECONDS);

        shop.advance(GRACE);

        assertThat(stopped).as("round %d: shutdown", round).isCompleted();
        assertThat(outcome).as("round %d: order outcome after the grace", round).isDone();
        if (!shop.gateway.orders().isEmpty()) {
          assertThat(outcome.join())
              .as("round %d", round)
              .isInstanceOf(PaymentOutcome.Unknown.class);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
