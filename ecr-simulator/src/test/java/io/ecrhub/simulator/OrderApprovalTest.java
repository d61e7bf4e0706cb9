package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderApprovalTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  @Test
  void sale_is_processing_during_the_approve_delay_then_approved_with_the_order_echoed() {
    RecordingConnection pos = terminal.connect();
    terminal.send(
        pos,
        Frames.payOrder(
            Biz.sale("A1001", "34.50").with("tip_amount", "2.00").with("attach", "t7")));

    assertThat(pos.answerCount()).isZero();
    assertThat(terminal.ledger().find("A1001").get().status())
        .isEqualTo(TransactionStatus.PROCESSING);
    Answer processing = terminal.query("A1001");
    assertThat(processing.status()).isEqualTo("0");
    assertThat(processing.biz("trans_no")).matches("[0-9]{22}");
    assertThat(processing.biz("trans_end_time")).isNull();

    terminal.advance(Duration.ofMillis(299));
    assertThat(pos.answerCount()).isZero();
    terminal.advance(Duration.ofMillis(1));

    Answer approved = pos.onlyAnswer();
    assertThat(approved.topic()).isEqualTo("ecrhub.pay.order");
    assertThat(approved.code()).isEqualTo("000");
    assertThat(approved.responseMsg()).isEqualTo("Success");
    assertThat(approved.biz("trans_type")).isEqualTo("1");
    assertThat(approved.biz("merchant_order_no")).isEqualTo("A1001");
    assertThat(approved.biz("order_amount")).isEqualTo("34.50");
    assertThat(approved.biz("tip_amount")).isEqualTo("2.00");
    assertThat(approved.biz("attach")).isEqualTo("t7");
    assertThat(approved.biz("trans_status")).isEqualTo("2");
    assertThat(approved.biz("trans_no")).isEqualTo(processing.biz("trans_no"));
    assertThat(approved.biz("trans_end_time")).isEqualTo(TerminalFixture.LOCAL_END_TIME);
    assertThat(approved.biz("pay_method_id")).isEqualTo("Visa");
    assertThat(approved.biz("pay_scenario")).isEqualTo("SWIPE_CARD");
    assertThat(approved.biz("orig_merchant_order_no")).isNull();
    assertThat(approved.biz("cashback_amount")).isNull();
    assertThat(terminal.query("A1001").biz()).isEqualTo(approved.biz());
  }

  @Test
  void pay_method_and_scenario_named_by_the_request_are_kept() {
    Answer approved =
        terminal.pay(
            Biz.sale("A1002", "5.00")
                .with("pay_method_id", "MasterCard")
                .with("pay_scenario", "BSCANQR_PAY"));

    assertThat(approved.biz("pay_method_id")).isEqualTo("MasterCard");
    assertThat(approved.biz("pay_scenario")).isEqualTo("BSCANQR_PAY");
  }

  @Test
  void pre_authorisation_is_approved() {
    Answer approved = terminal.pay(Biz.preAuth("P1", "80.00"));

    assertThat(approved.code()).isEqualTo("000");
    assertThat(approved.biz("trans_type")).isEqualTo("4");
    assertThat(approved.status()).isEqualTo("2");
  }

  @Test
  void cashback_sale_is_approved_and_its_cashback_echoed() {
    Answer approved = terminal.pay(Biz.cashback("C1", "40.00", "20.00"));

    assertThat(approved.code()).isEqualTo("000");
    assertThat(approved.biz("trans_type")).isEqualTo("11");
    assertThat(approved.biz("cashback_amount")).isEqualTo("20.00");
    assertThat(approved.status()).isEqualTo("2");
  }

  @Test
  void amounts_are_echoed_at_the_currency_scale() {
    Answer approved = terminal.pay(Biz.sale("A1003", "34.5"));

    assertThat(approved.biz("order_amount")).isEqualTo("34.50");
  }

  @Test
  void amounts_sent_as_json_numbers_are_accepted() {
    Answer approved = terminal.pay(Biz.sale("A1004", "0").withJson("order_amount", "12.25"));

    assertThat(approved.code()).isEqualTo("000");
    assertThat(approved.biz("order_amount")).isEqualTo("12.25");
  }

  @Test
  void transaction_numbers_come_from_a_counter() {
    String first = terminal.pay(Biz.sale("N1", "1.00")).biz("trans_no");
    String second = terminal.pay(Biz.sale("N2", "1.00")).biz("trans_no");

    assertThat(first).matches("[0-9]{22}");
    assertThat(second).matches("[0-9]{22}");
    assertThat(Long.parseLong(second.substring(4)))
        .isEqualTo(Long.parseLong(first.substring(4)) + 1);
  }

  @Test
  void request_id_is_echoed_by_default() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Frames.APP_ID, "req-42", Biz.sale("R1", "1.00")));
    terminal.advance(Duration.ofSeconds(1));

    assertThat(pos.onlyAnswer().requestId()).isEqualTo("req-42");
  }

  @Test
  void request_id_is_left_out_when_the_terminal_speaks_the_seed_dialect() {
    TerminalFixture seedDialect = TerminalFixture.with(o -> o.withEchoRequestId(false));
    RecordingConnection pos = seedDialect.connect();
    seedDialect.send(pos, Frames.payOrder(Frames.APP_ID, "req-42", Biz.sale("R1", "1.00")));
    seedDialect.advance(Duration.ofSeconds(1));

    assertThat(pos.onlyAnswer().requestId()).isNull();
    assertThat(pos.onlyAnswer().code()).isEqualTo("000");
  }

  @Test
  void heartbeat_is_answered_000() {
    Answer answer = terminal.exchange(terminal.connect(), Frames.heartbeat());

    assertThat(answer.topic()).isEqualTo("ecrhub.heartbeat");
    assertThat(answer.code()).isEqualTo("000");
  }

  @Test
  void the_configured_app_id_is_accepted() {
    TerminalFixture strict = TerminalFixture.with(o -> o.withAppId(Frames.APP_ID));

    Answer approved = strict.pay(Biz.sale("A1", "3.00"));

    assertThat(approved.code()).isEqualTo("000");
  }
}
