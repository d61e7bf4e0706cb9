package io.ecrhub.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.testing.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** One payment service wired to a scripted terminal, a recording journal and a manual clock. */
final class PaymentFixture {

  static final String TERMINAL = "ws://192.168.1.50:35779";
  static final Instant START = Instant.parse("2025-01-13T06:00:00Z");

  /**
   * Short, readable numbers: 180 s reply timeout, 10 s per query, one minute of recovery, back-off
   * 1 s doubling up to 8 s.
   */
  static final PaymentPolicy POLICY =
      new PaymentPolicy(
          Duration.ofSeconds(180),
          Duration.ofSeconds(10),
          Duration.ofSeconds(60),
          new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(8)));

  final ManualScheduler scheduler = new ManualScheduler(START);
  final ScriptedTerminalGateway gateway;
  final RecordingJournal journal;
  final PaymentService service;

  PaymentFixture() {
    this(new RecordingJournal(), TERMINAL);
  }

  /**
   * A service on {@code terminalId} sharing {@code journal}, e.g. the same shop after a restart.
   */
  PaymentFixture(RecordingJournal journal, String terminalId) {
    this(journal, terminalId, POLICY);
  }

  PaymentFixture(RecordingJournal journal, String terminalId, PaymentPolicy policy) {
    this.journal = journal;
    this.gateway = new ScriptedTerminalGateway(terminalId, scheduler::now);
    this.service = new PaymentService(gateway, journal, scheduler, policy);
  }

  static PaymentOrder sale(String merchantOrderNo) {
    return OrderDraft.sale().merchantOrderNo(merchantOrderNo).orderAmount("20.34").build();
  }

  CompletableFuture<PaymentOutcome> submit(String merchantOrderNo) {
    return service.submit(sale(merchantOrderNo)).toCompletableFuture();
  }

  void advance(Duration step) {
    scheduler.advance(step);
  }

  void advanceSeconds(long seconds) {
    scheduler.advance(Duration.ofSeconds(seconds));
  }

  /** The outcome of a stage that must have completed by now. */
  static PaymentOutcome outcomeOf(CompletionStage<PaymentOutcome> stage) {
    CompletableFuture<PaymentOutcome> future = stage.toCompletableFuture();
    assertThat(future).as("outcome").isDone();
    return future.join();
  }

  /** The outcome of a stage that must have completed by now, as the expected type. */
  static <T extends PaymentOutcome> T outcomeOf(
      CompletionStage<PaymentOutcome> stage, Class<T> type) {
    PaymentOutcome outcome = outcomeOf(stage);
    assertThat(outcome).isInstanceOf(type);
    return type.cast(outcome);
  }
}
