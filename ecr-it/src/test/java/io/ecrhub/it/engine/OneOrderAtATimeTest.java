package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.LedgerAgreement.assertDeclined;
import static io.ecrhub.it.engine.LedgerAgreement.assertNotSent;
import static io.ecrhub.it.engine.TerminalRig.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.NotSentReason;
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
 * One {@code pay.order} at a time per terminal: a second order is refused at once while one is
 * open, unsent, and its number stays free; query and close stay allowed meanwhile.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OneOrderAtATimeTest {

  /** The first order stays open until the test closes it, however slow the machine. */
  private static final TriggerTimings STAYS_OPEN = TriggerTimings.all(Duration.ofSeconds(30));

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_second_order_while_one_is_open_is_refused_unsent_and_its_number_stays_free(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire, STAYS_OPEN)) {
      EcrClient pos = rig.connect();
      MerchantOrderNo firstNumber = new MerchantOrderNo("FIRST1");
      // .95: approved, but only after the (long) trigger delay
      CompletableFuture<PaymentOutcome> first =
          pos.submitAsync(OrderDraft.sale().merchantOrderNo("FIRST1").orderAmount("10.95"));

      PaymentOutcome second =
          pos.submit(OrderDraft.sale().merchantOrderNo("NEXT1").orderAmount("5.00"));
      TerminalReply<TransactionResult> query = pos.query(firstNumber);

      assertThat(assertNotSent(second, rig.ledger()).reason())
          .isEqualTo(NotSentReason.TERMINAL_BUSY);
      assertThat(query)
          .as("a query while the order is open")
          .isInstanceOf(TerminalReply.Answered.class);
      assertThat(((TerminalReply.Answered<TransactionResult>) query).body().map(r -> r.status()))
          .isEqualTo(Option.some(TransactionStatus.PROCESSING));

      pos.closeOrder(firstNumber); // the cashier gives up on the first order
      assertDeclined(await(first), rig.ledger());
      assertApproved(
          pos.submit(OrderDraft.sale().merchantOrderNo("NEXT1").orderAmount("5.00")), rig.ledger());
    }
  }
}
