package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One POS lane of a scale run: its own {@link EcrClient} (one terminal connection) doing a sale,
 * then a query of that sale, again and again — through the async API only, so that a thousand lanes
 * need no thread of their own. Each step continues on the thread that completed the previous one.
 *
 * <p>With a period, a cycle starts every period and its sale latency is measured from when it was
 * due, not from when it could start: a lane that falls behind shows it in its latencies instead of
 * quietly sending less (no coordinated omission). Without a period the lane runs flat out.
 */
final class TerminalLane {

  /** The pause after an error, so that a broken lane does not spin. */
  private static final long ERROR_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final int index;
  private final EcrClient client;
  private final LaneStats stats;
  private final ScheduledExecutorService timer;
  private final long periodNanos;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private volatile boolean stopping;
  private long cycles;

  TerminalLane(
      int index,
      EcrClient client,
      LaneStats stats,
      ScheduledExecutorService timer,
      long periodNanos) {
    this.index = index;
    this.client = Objects.requireNonNull(client, "client");
    this.stats = Objects.requireNonNull(stats, "stats");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.periodNanos = periodNanos;
  }

  EcrClient client() {
    return client;
  }

  /** Starts the first cycle at {@code firstDueNanos} ({@link System#nanoTime()}). */
  void start(long firstDueNanos) {
    startAt(firstDueNanos);
  }

  /** Asks the lane to stop after its current cycle. */
  void stop() {
    stopping = true;
  }

  /** Completes when the lane has stopped. */
  CompletableFuture<Void> stopped() {
    return stopped;
  }

  private void startAt(long dueNanos) {
    long delay = dueNanos - System.nanoTime();
    if (delay <= 0) {
      cycle(dueNanos);
      return;
    }
    try {
      timer.schedule(() -> cycle(dueNanos), delay, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shutDown) {
      stopped.complete(null);
    }
  }

  private void cycle(long dueNanos) {
    if (stopping) {
      stopped.complete(null);
      return;
    }
    long started = periodNanos == 0 ? System.nanoTime() : dueNanos;
    String number = "L" + index + "C" + (++cycles);
    client
        .submitAsync(OrderDraft.sale().merchantOrderNo(number).orderAmount("1.00"))
        .whenComplete((outcome, failure) -> afterSale(number, started, dueNanos, outcome, failure));
  }

  private void afterSale(
      String number, long started, long dueNanos, PaymentOutcome outcome, Throwable failure) {
    long saleDone = System.nanoTime();
    if (failure != null || !(outcome instanceof PaymentOutcome.Approved)) {
      stats.error("sale " + number + ": " + (failure != null ? failure : outcome));
      startAt(saleDone + ERROR_PAUSE_NANOS);
      return;
    }
    stats.sale(saleDone - started);
    client
        .queryAsync(MerchantOrderNo.of(number).get())
        .whenComplete(
            (reply, queryFailure) -> afterQuery(number, saleDone, dueNanos, reply, queryFailure));
  }

  private void afterQuery(
      String number,
      long queryStarted,
      long dueNanos,
      TerminalReply<TransactionResult> reply,
      Throwable failure) {
    long queryDone = System.nanoTime();
    if (failure != null || !completed(reply)) {
      stats.error("query " + number + ": " + (failure != null ? failure : reply));
      startAt(queryDone + ERROR_PAUSE_NANOS);
      return;
    }
    stats.query(queryDone - queryStarted);
    startAt(periodNanos == 0 ? queryDone : dueNanos + periodNanos);
  }

  private static boolean completed(TerminalReply<TransactionResult> reply) {
    return reply instanceof TerminalReply.Answered<TransactionResult> answered
        && answered.code().isSuccess()
        && answered.body().exists(body -> body.status().equals(TransactionStatus.COMPLETED));
  }
}
