package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triggers that rehearse the outcome table's hard rows: answers that prove nothing although the
 * order completed, a terminal that registers an order late, a bare refusal, and reports that do not
 * match the order.
 */
class TruthTriggerTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  @ParameterizedTest(name = "{0} -> {1} without a status, and the order completes")
  @CsvSource({"12.81, 103", "12.82, 999", "12.83, 112"})
  void answers_that_prove_nothing_come_without_a_status_while_the_order_completes(
      String amount, String code) {
    Answer answer = terminal.pay(Biz.sale("A1", amount));

    assertThat(answer.code()).isEqualTo(code);
    assertThat(answer.status()).isNull();
    assertThat(answer.biz("merchant_order_no")).isEqualTo("A1");
    assertThat(terminal.query("A1").status()).isEqualTo("2");
  }

  @Test
  void cents_84_drop_the_connection_and_keep_the_order_unknown_until_it_is_registered() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "12.84")));
    terminal.advance(Duration.ZERO);
    assertThat(pos.isOpen()).isFalse();

    terminal.advance(Duration.ofMillis(3999));
    assertThat(terminal.query("A1").code()).isEqualTo("104");
    assertThat(terminal.exchange(terminal.connect(), Frames.close("A1")).code())
        .as("a close of an order the terminal does not know yet")
        .isEqualTo("104");

    terminal.advance(Duration.ofMillis(1));
    assertThat(terminal.query("A1").status()).isEqualTo("0");
    terminal.advance(terminal.options.approveDelay());
    assertThat(terminal.query("A1").status()).isEqualTo("2");
    assertThat(pos.answerCount()).isZero();
  }

  @Test
  void cents_85_refuse_with_a_bare_121_that_names_no_order_and_take_nothing() {
    Answer refusal =
        terminal.exchange(terminal.connect(), Frames.payOrder(Biz.sale("A1", "12.85")));

    assertThat(refusal.code()).isEqualTo("121");
    // the vendor's dialect always carries biz_data, here an empty one: still no order named
    assertThat(refusal.biz()).isEmpty();
    assertThat(terminal.ledger().find("A1")).isEmpty();
    assertThat(terminal.query("A1").code()).isEqualTo("104");
  }

  @Test
  void cents_85_in_the_seed_dialect_refuse_without_any_biz_data() {
    TerminalFixture seed = TerminalFixture.with(options -> options.withEchoRequestId(false));

    Answer refusal = seed.exchange(seed.connect(), Frames.payOrder(Biz.sale("A1", "12.85")));

    assertThat(refusal.code()).isEqualTo("121");
    assertThat(refusal.json().containsKey("biz_data")).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1} reported as {2}")
  @CsvSource({
    "12.87, order_amount, 0.01",
    "12.88, trans_type, 3",
    "12.89, tip_amount, 500.00",
    "12.90, order_amount, 1e999999"
  })
  void reports_that_do_not_match_the_order_are_the_same_at_the_order_and_at_every_query(
      String amount, String field, String reported) {
    Answer answer = terminal.pay(Biz.sale("A1", amount));

    assertThat(answer.code()).isEqualTo("000");
    assertThat(answer.status()).isEqualTo("2");
    assertThat(answer.biz(field)).isEqualTo(reported);
    assertThat(terminal.query("A1").biz(field)).isEqualTo(reported);
    assertThat(terminal.ledger().find("A1").get().orderAmount())
        .as("the ledger keeps the order as received")
        .isEqualTo(Amount.parseOrThrow(amount));
  }

  @Test
  void cents_78_report_a_void_as_cancelled_and_leave_other_orders_alone() {
    Answer sale = terminal.pay(Biz.sale("S1", "40.78"));
    assertThat(sale.status()).isEqualTo("2");

    Answer voided = terminal.pay(Biz.voidOf("S1", "V1", "40.78"));

    assertThat(voided.code()).isEqualTo("000");
    assertThat(voided.status()).isEqualTo("3");
    assertThat(terminal.query("V1").status()).isEqualTo("3");
    assertThat(terminal.ledger().find("S1").get().status()).isEqualTo(TransactionStatus.CANCELLED);
  }

  @Test
  void the_78_trigger_only_changes_cancels() {
    assertThat(OutcomeTrigger.of(TransactionType.SALE, Amount.parseOrThrow("3.78")))
        .isEqualTo(OutcomeTrigger.NONE);
    assertThat(OutcomeTrigger.of(TransactionType.PRE_AUTH_CANCEL, Amount.parseOrThrow("3.78")))
        .isEqualTo(OutcomeTrigger.CANCEL_REPORTED_CANCELLED);
  }
}
