package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.LedgerAgreement.assertDeclined;
import static io.ecrhub.it.engine.TerminalRig.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.simulator.TriggerTimings;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code pay.query} and {@code pay.close} through the client: closing the open order is how a
 * cashier cancels it, and it then ends declined; a paid order cannot be closed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QueryAndCloseTest {

  /** Long enough that a close always comes first; the rig stops the terminal's timers after. */
  private static final TriggerTimings CLOSE_COMES_FIRST =
      TriggerTimings.all(Duration.ofSeconds(10));

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void closing_the_open_order_ends_it_declined_with_the_terminals_cancellation(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire, CLOSE_COMES_FIRST)) {
      EcrClient pos = rig.connect();
      CompletableFuture<PaymentOutcome> paying =
          pos.submitAsync(OrderDraft.sale().merchantOrderNo("OPEN1").orderAmount("10.95"));
      awaitStatus(rig, "OPEN1", TransactionStatus.PROCESSING);

      TerminalReply<MerchantOrderNo> closed = pos.closeOrder(new MerchantOrderNo("OPEN1"));

      assertThat(closed)
          .isEqualTo(
              new TerminalReply.Answered<>(
                  ResponseCode.SUCCESS, "Success", Option.some(new MerchantOrderNo("OPEN1"))));
      PaymentOutcome.Declined declined = assertDeclined(await(paying), rig.ledger());
      assertThat(declined.code()).isEqualTo(ResponseCode.of("102"));
      assertThat(declined.result().map(TransactionResult::status))
          .isEqualTo(Option.some(TransactionStatus.CLOSED));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void closing_a_silent_open_order_ends_it_declined_through_recovery(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire, CLOSE_COMES_FIRST)) {
      EcrClient pos = rig.connect(client -> client.replyTimeout(Duration.ofMillis(500)));
      // .94: never answered; the outcome can only come from a query
      CompletableFuture<PaymentOutcome> paying =
          pos.submitAsync(OrderDraft.sale().merchantOrderNo("MUTE2").orderAmount("10.94"));
      awaitStatus(rig, "MUTE2", TransactionStatus.PROCESSING);

      TerminalReply<MerchantOrderNo> closed = pos.closeOrder(new MerchantOrderNo("MUTE2"));

      assertThat(closed).isInstanceOf(TerminalReply.Answered.class);
      PaymentOutcome.Declined declined = assertDeclined(await(paying), rig.ledger());
      assertThat(declined.result().map(TransactionResult::status))
          .isEqualTo(Option.some(TransactionStatus.CLOSED));
      assertThat(pos.stats().timeouts()).as("the order's reply timeout fired").isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_completed_order_cannot_be_closed_and_stays_approved(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();
      assertApproved(
          pos.submit(OrderDraft.sale().merchantOrderNo("PAID1").orderAmount("7.00")), rig.ledger());

      TerminalReply<MerchantOrderNo> closed = pos.closeOrder(new MerchantOrderNo("PAID1"));
      TerminalReply<TransactionResult> queried = pos.query(new MerchantOrderNo("PAID1"));

      assertThat(closed).isInstanceOf(TerminalReply.Answered.class);
      assertThat(((TerminalReply.Answered<MerchantOrderNo>) closed).code())
          .isEqualTo(ResponseCode.CLOSE_FAILED);
      assertThat(queried).isInstanceOf(TerminalReply.Answered.class);
      TerminalReply.Answered<TransactionResult> answer =
          (TerminalReply.Answered<TransactionResult>) queried;
      assertThat(answer.code()).isEqualTo(ResponseCode.SUCCESS);
      assertThat(answer.body().map(TransactionResult::status))
          .isEqualTo(Option.some(TransactionStatus.COMPLETED));
      assertThat(answer.body().flatMap(TransactionResult::transNo))
          .isEqualTo(rig.ledger().find("PAID1").map(entry -> entry.transNo()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_query_for_an_order_the_terminal_never_had_is_answered_104(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      TerminalReply<TransactionResult> queried = pos.query(new MerchantOrderNo("NEVER1"));

      assertThat(queried).isInstanceOf(TerminalReply.Answered.class);
      assertThat(((TerminalReply.Answered<TransactionResult>) queried).code())
          .isEqualTo(ResponseCode.NOT_FOUND);
      assertThat(rig.ledger().orders()).isEmpty();
    }
  }

  private static void awaitStatus(TerminalRig rig, String orderNo, TransactionStatus status) {
    await()
        .atMost(TerminalRig.PATIENCE)
        .until(() -> rig.ledger().find(orderNo).exists(entry -> entry.status().equals(status)));
  }
}
