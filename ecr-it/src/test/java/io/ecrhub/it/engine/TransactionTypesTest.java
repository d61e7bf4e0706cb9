package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.LedgerAgreement.assertDeclined;
import static io.ecrhub.it.engine.LedgerAgreement.assertSentOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.OutcomeTrigger;
import io.vavr.control.Option;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transaction type through the public client against the simulated terminal, over both wires:
 * the terminal gets each order exactly as sent, once, and the client reports what the terminal
 * recorded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransactionTypesTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_sale_with_a_tip_is_approved(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      PaymentOrder sale =
          OrderDraft.sale().merchantOrderNo("SALE1").orderAmount("34.50").tipAmount("2.00").build();
      TransactionResult result = assertApproved(pos.submit(sale), rig.ledger());

      assertReceivedAsSent(sale, rig);
      assertThat(result.tipAmount()).isEqualTo(Option.some(Amount.parseOrThrow("2.00")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_cashback_sale_is_approved(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      PaymentOrder cashback =
          OrderDraft.cashback()
              .merchantOrderNo("CASH1")
              .orderAmount("40.00")
              .cashbackAmount("20.00")
              .build();
      TransactionResult result = assertApproved(pos.submit(cashback), rig.ledger());

      assertReceivedAsSent(cashback, rig);
      assertThat(result.type()).isEqualTo(Option.some(TransactionType.CASHBACK));
      assertThat(result.cashbackAmount()).isEqualTo(Option.some(Amount.parseOrThrow("20.00")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_pre_authorisation_is_approved_then_completed(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      PaymentOrder preAuth =
          OrderDraft.preAuth().merchantOrderNo("AUTH1").orderAmount("80.00").build();
      assertApproved(pos.submit(preAuth), rig.ledger());
      PaymentOrder completion =
          OrderDraft.completion()
              .merchantOrderNo("COMP1")
              .origMerchantOrderNo("AUTH1")
              .orderAmount("62.35")
              .build();
      TransactionResult completed = assertApproved(pos.submit(completion), rig.ledger());

      assertReceivedAsSent(preAuth, rig);
      assertReceivedAsSent(completion, rig);
      assertThat(completed.origMerchantOrderNo()).isEqualTo(Option.some(number("AUTH1")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_void_cancels_the_sale_it_names(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();
      assertApproved(
          pos.submit(OrderDraft.sale().merchantOrderNo("SALE2").orderAmount("12.00")),
          rig.ledger());

      PaymentOrder voiding =
          OrderDraft.voidOrder()
              .merchantOrderNo("VOID2")
              .origMerchantOrderNo("SALE2")
              .orderAmount("12.00")
              .build();
      assertApproved(pos.submit(voiding), rig.ledger());

      assertReceivedAsSent(voiding, rig);
      assertThat(entry(rig, "SALE2").status()).isEqualTo(TransactionStatus.CANCELLED);
      assertSentOnce(number("SALE2"), rig.ledger());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_refund_is_approved_up_to_the_sale_and_declined_beyond_it(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();
      assertApproved(
          pos.submit(OrderDraft.sale().merchantOrderNo("SALE3").orderAmount("30.00")),
          rig.ledger());

      PaymentOrder refund =
          OrderDraft.refund()
              .merchantOrderNo("REFD3")
              .origMerchantOrderNo("SALE3")
              .orderAmount("25.00")
              .build();
      assertApproved(pos.submit(refund), rig.ledger());
      PaymentOutcome tooMuch =
          pos.submit(
              OrderDraft.refund()
                  .merchantOrderNo("REFD4")
                  .origMerchantOrderNo("SALE3")
                  .orderAmount("5.01"));

      assertReceivedAsSent(refund, rig);
      PaymentOutcome.Declined declined = assertDeclined(tooMuch, rig.ledger());
      assertThat(declined.code()).isEqualTo(ResponseCode.AMOUNT_OUT_OF_LIMIT);
      assertThat(rig.ledger().find("REFD4")).as("a refused refund starts no transaction").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_pre_authorisation_cancel_cancels_its_pre_authorisation(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();
      assertApproved(
          pos.submit(OrderDraft.preAuth().merchantOrderNo("AUTH5").orderAmount("50.00")),
          rig.ledger());

      PaymentOrder cancel =
          OrderDraft.preAuthCancel()
              .merchantOrderNo("CNCL5")
              .origMerchantOrderNo("AUTH5")
              .orderAmount("50.00")
              .build();
      TransactionResult result = assertApproved(pos.submit(cancel), rig.ledger());

      assertReceivedAsSent(cancel, rig);
      assertThat(result.type()).isEqualTo(Option.some(TransactionType.PRE_AUTH_CANCEL));
      assertThat(entry(rig, "AUTH5").status()).isEqualTo(TransactionStatus.CANCELLED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_fuel_sale_carries_its_forecourt_lines_to_the_terminal(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      PaymentOrder fuel =
          OrderDraft.sale()
              .merchantOrderNo("FUEL1")
              .orderAmount("64.50")
              .forecourtItem("02", "35.120", "6000")
              .forecourtItem("05", "1.000", "450")
              .build();
      assertApproved(pos.submit(fuel), rig.ledger());

      assertReceivedAsSent(fuel, rig);
      assertThat(entry(rig, "FUEL1").order().forecourtData()).hasSize(2);
    }
  }

  /** The triggers that decline, with the cents that select them. */
  static Stream<Arguments> declines() {
    return Stream.of(Wire.values())
        .flatMap(
            wire ->
                Stream.of(
                    Arguments.of(wire, OutcomeTrigger.REJECTED, "91"),
                    Arguments.of(wire, OutcomeTrigger.READ_CARD_TIMEOUT, "92"),
                    Arguments.of(wire, OutcomeTrigger.OPERATOR_CANCELLED, "93")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("declines")
  void a_declined_sale_is_declined_with_the_terminals_code(
      Wire wire, OutcomeTrigger trigger, String cents) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome =
          pos.submit(OrderDraft.sale().merchantOrderNo("DECL" + cents).orderAmount("10." + cents));

      PaymentOutcome.Declined declined = assertDeclined(outcome, rig.ledger());
      assertThat(declined.code()).isEqualTo(trigger.answer().get());
      assertThat(declined.result().map(TransactionResult::status))
          .isEqualTo(Option.some(TransactionStatus.CLOSED));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void an_invalid_draft_is_rejected_with_every_violation_and_nothing_is_sent(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome =
          pos.submit(OrderDraft.refund().merchantOrderNo("BAD-1").orderAmount("-3"));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Rejected.class);
      assertThat(((PaymentOutcome.Rejected) outcome).violations().map(Violation::field))
          .contains(
              FieldPath.MERCHANT_ORDER_NO,
              FieldPath.ORDER_AMOUNT,
              FieldPath.ORIG_MERCHANT_ORDER_NO);
      assertThat(rig.ledger().payOrdersReceived()).isZero();
      assertThat(pos.stats().requestsSent()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void an_order_number_already_used_is_refused_and_never_sent_again(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();
      OrderDraft sale = OrderDraft.sale().merchantOrderNo("ONCE1").orderAmount("9.99");
      assertApproved(pos.submit(sale), rig.ledger());

      PaymentOutcome again = pos.submit(sale);

      assertThat(again).isInstanceOf(PaymentOutcome.Rejected.class);
      assertThat(((PaymentOutcome.Rejected) again).violations().map(Violation::field))
          .containsExactly(FieldPath.MERCHANT_ORDER_NO);
      assertSentOnce(number("ONCE1"), rig.ledger());
      assertThat(entry(rig, "ONCE1").status()).isEqualTo(TransactionStatus.COMPLETED);
    }
  }

  /**
   * The terminal parsed the very order the client was given: nothing lost or altered on the way.
   */
  private static void assertReceivedAsSent(PaymentOrder order, TerminalRig rig) {
    assertThat(entry(rig, order.merchantOrderNo().value()).order())
        .as("the order as the terminal received it")
        .isEqualTo(order);
    assertSentOnce(order.merchantOrderNo(), rig.ledger());
  }

  private static LedgerEntry entry(TerminalRig rig, String orderNo) {
    Option<LedgerEntry> entry = rig.ledger().find(orderNo);
    assertThat(entry).as("ledger entry of " + orderNo).isNotEmpty();
    return entry.get();
  }

  private static MerchantOrderNo number(String value) {
    return new MerchantOrderNo(value);
  }
}
