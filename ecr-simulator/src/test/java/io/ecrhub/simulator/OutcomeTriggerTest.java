package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every test trigger with the documented timings, on virtual time. */
class OutcomeTriggerTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  private TransactionStatus statusOf(String merchantOrderNo) {
    return terminal.ledger().find(merchantOrderNo).get().status();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"12.91, 115", "12.92, 111", "12.93, 110"})
  void declining_triggers_answer_their_code_and_close_the_order(String amount, String code) {
    Answer declined = terminal.pay(Biz.sale("A1", amount));

    assertThat(declined.code()).isEqualTo(code);
    assertThat(declined.status()).isEqualTo("1");
    assertThat(declined.biz("trans_no")).matches("[0-9]{22}");
    assertThat(declined.biz("trans_end_time")).isNull();
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.CLOSED);
  }

  @Test
  void cents_94_never_answer_and_complete_after_five_seconds() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "12.94")));

    terminal.advance(Duration.ofMillis(4999));
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(terminal.query("A1").status()).isEqualTo("0");

    terminal.advance(Duration.ofMillis(1));
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(terminal.query("A1").biz("trans_end_time"))
        .isEqualTo(TerminalFixture.LOCAL_END_TIME);

    terminal.advance(Duration.ofMinutes(1));
    assertThat(pos.answerCount()).isZero();
    assertThat(pos.isOpen()).isTrue();
  }

  @Test
  void cents_95_are_approved_after_three_seconds() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "12.95")));

    terminal.advance(Duration.ofMillis(2999));
    assertThat(pos.answerCount()).isZero();
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.PROCESSING);

    terminal.advance(Duration.ofMillis(1));
    assertThat(pos.onlyAnswer().code()).isEqualTo("000");
    assertThat(pos.onlyAnswer().status()).isEqualTo("2");
  }

  @Test
  void cents_96_drop_the_connection_at_once_and_complete_a_second_later() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "12.96")));

    terminal.advance(Duration.ZERO);
    assertThat(pos.isOpen()).isFalse();
    assertThat(pos.closeCodes()).containsExactly(CloseCodes.GOING_AWAY);
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.PROCESSING);

    terminal.advance(Duration.ofMillis(999));
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.PROCESSING);
    terminal.advance(Duration.ofMillis(1));
    assertThat(statusOf("A1")).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(pos.answerCount()).isZero();
  }

  @Test
  void cents_97_answer_108_although_the_order_completed() {
    Answer unknown = terminal.pay(Biz.sale("A1", "12.97"));

    assertThat(unknown.code()).isEqualTo("108");
    assertThat(unknown.biz("merchant_order_no")).isEqualTo("A1");
    assertThat(unknown.status()).as("the terminal does not say").isNull();
    assertThat(unknown.biz("trans_no")).isNull();
    assertThat(terminal.query("A1").status()).isEqualTo("2");
  }

  @Test
  void triggers_apply_to_follow_ups_too() {
    terminal.pay(Biz.sale("S1", "40.00"));

    Answer refund = terminal.pay(Biz.refundOf("S1", "R1", "10.93"));

    assertThat(refund.code()).isEqualTo("110");
    assertThat(statusOf("R1")).isEqualTo(TransactionStatus.CLOSED);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "10.00, NONE",
    "10.78, CANCEL_REPORTED_CANCELLED",
    "10.80, NONE",
    "10.81, SUCCESS_WITHOUT_STATUS",
    "10.84, LATE_REGISTRATION",
    "10.85, BARE_REFUSAL",
    "10.86, BINARY_ANSWER",
    "10.90, REPORTS_UNREADABLE_AMOUNT",
    "10.91, REJECTED",
    "0.92, READ_CARD_TIMEOUT",
    "1234.93, OPERATOR_CANCELLED",
    "10.94, NO_REPLY",
    "10.95, SLOW_APPROVAL",
    "10.96, DROPPED_CONNECTION",
    "10.97, RESULT_UNKNOWN",
    "10.98, NONE",
    "91.00, NONE"
  })
  void the_cents_of_the_order_amount_choose_the_trigger(String amount, OutcomeTrigger trigger) {
    assertThat(OutcomeTrigger.of(Amount.parseOrThrow(amount))).isEqualTo(trigger);
  }
}
