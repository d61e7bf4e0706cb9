package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueryAndCloseTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  @Test
  void query_of_an_unknown_order_is_104_naming_the_order() {
    Answer answer = terminal.query("NOSUCH");

    assertThat(answer.topic()).isEqualTo("ecrhub.pay.query");
    assertThat(answer.code()).isEqualTo("104");
    assertThat(answer.biz("merchant_order_no")).isEqualTo("NOSUCH");
    assertThat(answer.status()).isNull();
  }

  @Test
  void query_with_an_invalid_order_number_is_202() {
    Answer answer = terminal.query("A-1");

    assertThat(answer.code()).isEqualTo("202");
    assertThat(answer.responseMsg()).contains("biz_data.merchant_order_no");
  }

  @Test
  void query_from_another_app_is_202() {
    TerminalFixture strict = TerminalFixture.with(o -> o.withAppId("the-terminal-app"));
    strict.pay(Biz.sale("A1", "1.00").with("attach", "x"));

    Answer answer = strict.exchange(strict.connect(), Frames.query("another-app", "A1"));

    assertThat(answer.code()).isEqualTo("202");
    assertThat(answer.responseMsg()).contains("app_id");
  }

  @Test
  void query_shows_a_declined_order_as_closed() {
    terminal.pay(Biz.sale("D1", "9.91"));

    Answer answer = terminal.query("D1");

    assertThat(answer.code()).isEqualTo("000");
    assertThat(answer.status()).isEqualTo("1");
    assertThat(answer.biz("trans_end_time")).isNull();
  }

  @Test
  void closing_a_processing_order_closes_it_and_answers_its_pay_order_102() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "10.00")));

    Answer closed = terminal.close("A1");

    assertThat(closed.topic()).isEqualTo("ecrhub.pay.close");
    assertThat(closed.code()).isEqualTo("000");
    assertThat(closed.biz("merchant_order_no")).isEqualTo("A1");
    Answer cancelled = pos.onlyAnswer();
    assertThat(cancelled.topic()).isEqualTo("ecrhub.pay.order");
    assertThat(cancelled.code()).isEqualTo("102");
    assertThat(cancelled.status()).isEqualTo("1");
    assertThat(cancelled.biz("merchant_order_no")).isEqualTo("A1");
    assertThat(terminal.query("A1").status()).isEqualTo("1");

    terminal.advance(Duration.ofSeconds(10));

    assertThat(pos.answerCount()).as("the approval that was due never comes").isEqualTo(1);
    assertThat(terminal.query("A1").status()).isEqualTo("1");
  }

  @Test
  void a_closed_order_frees_its_connection() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "10.00")));
    terminal.close("A1");

    terminal.send(pos, Frames.payOrder(Biz.sale("A2", "10.00")));
    terminal.advance(Duration.ofMillis(300));

    assertThat(pos.lastAnswer().biz("merchant_order_no")).isEqualTo("A2");
    assertThat(pos.lastAnswer().code()).isEqualTo("000");
  }

  @Test
  void closing_a_completed_order_fails_201_and_leaves_it_completed() {
    terminal.pay(Biz.sale("A1", "10.00"));

    Answer answer = terminal.close("A1");

    assertThat(answer.code()).isEqualTo("201");
    assertThat(answer.responseMsg()).contains("A1").contains("completed");
    assertThat(terminal.query("A1").status()).isEqualTo("2");
  }

  @Test
  void closing_a_voided_order_fails_201() {
    terminal.pay(Biz.sale("A1", "10.00"));
    terminal.pay(Biz.voidOf("A1", "V1", "10.00"));

    assertThat(terminal.close("A1").code()).isEqualTo("201");
  }

  @Test
  void closing_an_unknown_order_is_104() {
    Answer answer = terminal.close("NOSUCH");

    assertThat(answer.code()).isEqualTo("104");
    assertThat(answer.biz("merchant_order_no")).isEqualTo("NOSUCH");
  }

  @Test
  void closing_a_closed_order_again_succeeds() {
    terminal.send(terminal.connect(), Frames.payOrder(Biz.sale("A1", "10.00")));
    terminal.close("A1");
    terminal.pay(Biz.sale("D1", "10.91"));

    assertThat(terminal.close("A1").code()).isEqualTo("000");
    assertThat(terminal.close("D1").code()).isEqualTo("000");
    assertThat(terminal.query("D1").status()).isEqualTo("1");
  }

  @Test
  void closing_an_order_that_gets_no_reply_sends_no_pay_order_answer() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("A1", "10.94")));

    assertThat(terminal.close("A1").code()).isEqualTo("000");
    terminal.advance(Duration.ofSeconds(10));

    assertThat(pos.answerCount()).isZero();
    assertThat(terminal.ledger().find("A1").get().status()).isEqualTo(TransactionStatus.CLOSED);
  }

  @Test
  void close_with_an_invalid_order_number_is_202() {
    Answer answer = terminal.exchange(terminal.connect(), Frames.close(""));

    assertThat(answer.code()).isEqualTo("202");
    assertThat(answer.responseMsg()).contains("biz_data.merchant_order_no: is required");
  }
}
