package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.simulator.Frames.Biz;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Manual mode and a person's decisions, on virtual time: each decision answers the POS as the table
 * of {@link OrderDecision} says, and the ledger — what every later query reports — agrees with it.
 */
class ManualDecisionTest {

  private final TerminalFixture terminal = TerminalFixture.standard();
  private RecordingConnection pos;

  @BeforeEach
  void manualMode() {
    terminal.terminal.setManualMode(true);
    pos = terminal.connect();
  }

  private Either<DecisionRefused, LedgerEntry> decide(String number, OrderDecision decision) {
    return terminal.terminal.decide(MerchantOrderNo.of(number).get(), decision);
  }

  private TransactionStatus statusOf(String number) {
    return terminal.ledger().find(number).get().status();
  }

  private void holdSale(String number, String amount) {
    terminal.send(pos, Frames.payOrder(Biz.sale(number, amount)));
  }

  @Test
  void manual_mode_holds_an_order_unanswered_and_processing_until_a_decision() {
    holdSale("M1", "10.00");

    terminal.advance(Duration.ofHours(1));

    assertThat(pos.answerCount()).isZero();
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(terminal.terminal.planOf(MerchantOrderNo.of("M1").get()).get().description())
        .isEqualTo("held: waiting for a decision");
    assertThat(terminal.query("M1").status()).isEqualTo("0");
  }

  @Test
  void manual_mode_ignores_the_cents_triggers() {
    holdSale("M1", "10.91");
    holdSaleOnAnotherConnection("M2", "10.85");

    terminal.advance(Duration.ofMinutes(1));

    assertThat(pos.answerCount()).isZero();
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(statusOf("M2")).isEqualTo(TransactionStatus.PROCESSING);
  }

  @Test
  void manual_mode_keeps_the_terminals_own_checks() {
    holdSale("M1", "10.00");
    decide("M1", OrderDecision.approve());

    Answer duplicate =
        terminal.exchange(terminal.connect(), Frames.payOrder(Biz.sale("M1", "5.00")));
    Answer badAmount =
        terminal.exchange(terminal.connect(), Frames.payOrder(Biz.sale("M2", "5.001")));

    assertThat(duplicate.code()).isEqualTo("113");
    assertThat(badAmount.code()).isEqualTo("121");
  }

  @Test
  void approve_answers_000_with_status_2_and_the_ledger_completes() {
    holdSale("M1", "10.00");

    Either<DecisionRefused, LedgerEntry> decided = decide("M1", OrderDecision.approve());

    Answer answer = pos.onlyAnswer();
    assertThat(answer.code()).isEqualTo("000");
    assertThat(answer.status()).isEqualTo("2");
    assertThat(answer.biz("trans_end_time")).isEqualTo(TerminalFixture.LOCAL_END_TIME);
    assertThat(decided.get().status()).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(terminal.query("M1").biz()).isEqualTo(answer.biz());
  }

  @ParameterizedTest(name = "decline {0}")
  @CsvSource({"115", "102", "106", "999"})
  void decline_answers_its_code_with_status_1_and_the_order_is_closed(String code) {
    holdSale("M1", "10.00");

    decide("M1", OrderDecision.decline(ResponseCode.of(code)));

    Answer answer = pos.onlyAnswer();
    assertThat(answer.code()).isEqualTo(code);
    assertThat(answer.status()).isEqualTo("1");
    assertThat(answer.responseMsg()).contains("decided on the simulator's screen");
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.CLOSED);
    assertThat(terminal.query("M1").status()).isEqualTo("1");
  }

  @Test
  void operator_cancel_read_card_timeout_and_qr_timeout_are_declines_110_111_112() {
    holdSale("M1", "10.00");
    decide("M1", OrderDecision.operatorCancel());
    RecordingConnection second = terminal.connect();
    terminal.send(second, Frames.payOrder(Biz.sale("M2", "10.00")));
    decide("M2", OrderDecision.readCardTimeout());
    RecordingConnection third = terminal.connect();
    terminal.send(third, Frames.payOrder(Biz.sale("M3", "10.00")));
    decide("M3", OrderDecision.qrTimeout());

    assertThat(pos.onlyAnswer().code()).isEqualTo("110");
    assertThat(second.onlyAnswer().code()).isEqualTo("111");
    assertThat(third.onlyAnswer().code()).isEqualTo("112");
    assertThat(terminal.ledger().count(TransactionStatus.CLOSED)).isEqualTo(3);
  }

  @Test
  void a_code_that_is_not_a_decline_is_refused_before_anything_happens() {
    assertThatThrownBy(() -> OrderDecision.decline(ResponseCode.SUCCESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("000 is not a decline code");
    assertThatThrownBy(() -> OrderDecision.decline(ResponseCode.RESULT_UNKNOWN))
        .hasMessageContaining("108 is not a decline code");
    assertThatThrownBy(() -> OrderDecision.completeAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stay_silent_never_answers_and_a_later_decision_settles_only_the_ledger() {
    holdSale("M1", "10.00");

    decide("M1", OrderDecision.staySilent());
    terminal.advance(Duration.ofMinutes(10));
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(terminal.query("M1").status()).isEqualTo("0");

    decide("M1", OrderDecision.approve());

    assertThat(pos.answerCount()).isZero();
    assertThat(terminal.query("M1").status()).isEqualTo("2");
  }

  @Test
  void result_unknown_then_complete_answers_108_without_a_status_and_the_order_completes() {
    holdSale("M1", "10.00");

    decide("M1", OrderDecision.resultUnknownThenComplete());

    Answer answer = pos.onlyAnswer();
    assertThat(answer.code()).isEqualTo("108");
    assertThat(answer.status()).isNull();
    assertThat(answer.biz("merchant_order_no")).isEqualTo("M1");
    assertThat(terminal.query("M1").status()).isEqualTo("2");
  }

  @Test
  void drop_closes_the_connection_and_leaves_the_order_processing_to_settle_later() {
    holdSale("M1", "10.00");

    decide("M1", OrderDecision.dropConnection());
    terminal.advance(Duration.ZERO);

    assertThat(pos.closeCodes()).containsExactly(CloseCodes.GOING_AWAY);
    assertThat(pos.answerCount()).isZero();
    assertThat(terminal.query("M1").status()).isEqualTo("0");

    decide("M1", OrderDecision.decline(ResponseCode.REJECTED));
    assertThat(terminal.query("M1").status()).isEqualTo("1");
  }

  @Test
  void complete_after_n_seconds_approves_when_the_time_is_up() {
    holdSale("M1", "10.00");

    decide("M1", OrderDecision.completeAfter(Duration.ofSeconds(5)));
    terminal.advance(Duration.ofMillis(4999));
    assertThat(pos.answerCount()).isZero();
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.PROCESSING);

    terminal.advance(Duration.ofMillis(1));
    assertThat(pos.onlyAnswer().code()).isEqualTo("000");
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.COMPLETED);
  }

  @Test
  void a_later_decision_replaces_a_pending_complete_after() {
    holdSale("M1", "10.00");
    decide("M1", OrderDecision.completeAfter(Duration.ofSeconds(5)));

    decide("M1", OrderDecision.decline(ResponseCode.REJECTED));
    terminal.advance(Duration.ofSeconds(10));

    assertThat(pos.onlyAnswer().code()).isEqualTo("115");
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.CLOSED);
  }

  @Test
  void an_order_with_a_final_status_or_no_order_at_all_cannot_be_decided() {
    holdSale("M1", "10.00");
    decide("M1", OrderDecision.approve());

    Either<DecisionRefused, LedgerEntry> again =
        decide("M1", OrderDecision.decline(ResponseCode.REJECTED));
    Either<DecisionRefused, LedgerEntry> unknown = decide("NOPE", OrderDecision.approve());

    assertThat(again.getLeft().reason()).contains("already completed");
    assertThat(unknown.getLeft().reason()).isEqualTo("no order NOPE on this terminal");
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(pos.answerCount()).isEqualTo(1);
  }

  @Test
  void a_close_of_a_held_order_answers_it_102_and_ends_the_decision() {
    holdSale("M1", "10.00");

    Answer closed = terminal.close("M1");

    assertThat(closed.code()).isEqualTo("000");
    assertThat(pos.onlyAnswer().code()).isEqualTo("102");
    assertThat(decide("M1", OrderDecision.approve()).getLeft().reason()).contains("already closed");
  }

  @Test
  void a_held_void_that_is_approved_cancels_its_original() {
    terminal.terminal.setManualMode(false);
    terminal.pay(Biz.sale("S1", "10.00"));
    terminal.terminal.setManualMode(true);

    terminal.send(pos, Frames.payOrder(Biz.voidOf("S1", "V1", "10.00")));
    assertThat(statusOf("S1")).isEqualTo(TransactionStatus.COMPLETED);
    decide("V1", OrderDecision.approve());

    assertThat(statusOf("V1")).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(statusOf("S1")).isEqualTo(TransactionStatus.CANCELLED);
  }

  @Test
  void in_automatic_mode_a_decision_replaces_the_trigger() {
    terminal.terminal.setManualMode(false);
    holdSale("A94", "10.94"); // no reply, would complete after 5 s

    decide("A94", OrderDecision.decline(ResponseCode.REJECTED));
    terminal.advance(Duration.ofMinutes(1));

    assertThat(statusOf("A94")).isEqualTo(TransactionStatus.CLOSED);
    assertThat(terminal.query("A94").status()).isEqualTo("1");
  }

  @Test
  void stay_silent_in_automatic_mode_stops_a_slow_approval() {
    terminal.terminal.setManualMode(false);
    holdSale("A95", "10.95"); // approved after 3 s

    decide("A95", OrderDecision.staySilent());
    terminal.advance(Duration.ofMinutes(1));

    assertThat(pos.answerCount()).isZero();
    assertThat(statusOf("A95")).isEqualTo(TransactionStatus.PROCESSING);
  }

  @Test
  void switching_manual_mode_off_lets_the_triggers_decide_again_and_keeps_held_orders_held() {
    holdSale("M1", "10.00");

    terminal.terminal.setManualMode(false);
    Answer automatic = terminal.pay(Biz.sale("A1", "10.91"));
    terminal.advance(Duration.ofMinutes(1));

    assertThat(automatic.code()).isEqualTo("115");
    assertThat(statusOf("M1")).isEqualTo(TransactionStatus.PROCESSING);
    assertThat(pos.answerCount()).isZero();
  }

  private void holdSaleOnAnotherConnection(String number, String amount) {
    terminal.send(terminal.connect(), Frames.payOrder(Biz.sale(number, amount)));
  }
}
