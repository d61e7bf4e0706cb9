package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.simulator.Frames.Biz;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderRefusalTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  @Test
  void a_reused_order_number_is_refused_113_whatever_became_of_the_first_order() {
    terminal.pay(Biz.sale("APPROVED1", "10.00"));
    terminal.pay(Biz.sale("DECLINED1", "10.91"));
    terminal.send(terminal.connect(), Frames.payOrder(Biz.sale("CLOSED1", "10.00")));
    terminal.close("CLOSED1");
    terminal.send(terminal.connect(), Frames.payOrder(Biz.sale("BUSY1", "10.00")));

    for (String number : new String[] {"APPROVED1", "DECLINED1", "CLOSED1", "BUSY1"}) {
      Answer again =
          terminal.exchange(terminal.connect(), Frames.payOrder(Biz.sale(number, "1.00")));
      assertThat(again.code()).as(number).isEqualTo("113");
      assertThat(again.responseMsg()).as(number).contains(number);
      assertThat(again.biz("merchant_order_no")).as(number).isEqualTo(number);
      assertThat(again.status()).as("a refused order has no transaction state").isNull();
      assertThat(terminal.ledger().payOrdersReceived(number)).isEqualTo(2);
    }
    assertThat(terminal.ledger().find("APPROVED1").get().status())
        .isEqualTo(TransactionStatus.COMPLETED);
    assertThat(terminal.ledger().find("DECLINED1").get().status())
        .isEqualTo(TransactionStatus.CLOSED);
    assertThat(terminal.ledger().find("CLOSED1").get().status())
        .isEqualTo(TransactionStatus.CLOSED);
    assertThat(terminal.ledger().find("BUSY1").get().orderAmount().toWire()).isEqualTo("10.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "12", "99", "abc"})
  void an_unsupported_transaction_type_is_refused_114(String transType) {
    Answer refused =
        terminal.exchange(terminal.connect(), Frames.payOrder(Biz.order(transType, "T1", "1.00")));

    assertThat(refused.code()).isEqualTo("114");
    assertThat(refused.responseMsg()).contains("trans_type").contains(transType);
    assertThat(refused.biz("merchant_order_no")).isEqualTo("T1");
    assertThat(terminal.ledger().orders()).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "order_amount, 1.2E3, exponent",
    "order_amount, 10.001, decimal places",
    "order_amount, -5.00, negative",
    "order_amount, ten, not an amount",
    "order_amount, 1 000.00, not an amount",
    "tip_amount, 1.005, decimal places",
    "cashback_amount, -1.00, negative"
  })
  void a_malformed_amount_is_refused_121(String field, String raw, String reason) {
    Biz biz = Biz.cashback("M1", "20.00", "5.00").with(field, raw);

    Answer refused = terminal.exchange(terminal.connect(), Frames.payOrder(biz));

    assertThat(refused.code()).isEqualTo("121");
    assertThat(refused.responseMsg()).contains("biz_data." + field).contains(reason);
    assertThat(terminal.ledger().orders()).isEmpty();
  }

  @Test
  void a_well_written_amount_that_breaks_a_rule_is_a_parameter_error() {
    Answer refused = terminal.exchange(terminal.connect(), Frames.payOrder(Biz.sale("Z1", "0.00")));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("biz_data.order_amount: must be more than zero");
  }

  @Test
  void forecourt_lines_that_do_not_add_up_are_refused_202_naming_both_sums() {
    Biz biz =
        Biz.sale("F1", "3.00")
            .withJson(
                "forecourt_data",
                "[{\"code\":\"02\",\"quantity\":\"1.050\",\"amount\":\"100\"},"
                    + "{\"code\":\"03\",\"quantity\":\"2.000\",\"amount\":\"150\"}]");

    Answer refused = terminal.exchange(terminal.connect(), Frames.payOrder(biz));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg())
        .contains("biz_data.forecourt_data")
        .contains("250 cents")
        .contains("300 cents");
  }

  @Test
  void forecourt_lines_that_add_up_are_approved() {
    Biz biz =
        Biz.sale("F2", "2.50")
            .withJson(
                "forecourt_data",
                "[{\"code\":\"02\",\"quantity\":\"1.050\",\"amount\":\"100\"},"
                    + "{\"code\":\"03\",\"quantity\":\"2.000\",\"amount\":\"150\"}]");

    assertThat(terminal.pay(biz).code()).isEqualTo("000");
  }

  @Test
  void every_missing_required_field_is_reported_in_one_202() {
    Biz biz = Biz.empty().with("trans_type", "1");

    Answer refused = terminal.exchange(terminal.connect(), Frames.payOrder(biz));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg())
        .contains("biz_data.merchant_order_no: is required")
        .contains("biz_data.order_amount: is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "3", "6"})
  void a_follow_up_without_its_original_is_refused_202(String transType) {
    Answer refused =
        terminal.exchange(terminal.connect(), Frames.payOrder(Biz.order(transType, "O1", "1.00")));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("biz_data.orig_merchant_order_no: is required");
  }

  @Test
  void an_order_of_another_app_is_refused_202() {
    TerminalFixture strict = TerminalFixture.with(o -> o.withAppId("the-terminal-app"));

    Answer refused = strict.exchange(strict.connect(), Frames.payOrder(Biz.sale("A1", "1.00")));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("app_id").contains(Frames.APP_ID);
    assertThat(strict.ledger().orders()).isEmpty();
    assertThat(strict.ledger().payOrdersReceived("A1")).isEqualTo(1);
  }

  @Test
  void an_order_without_app_id_is_refused_when_the_terminal_has_one() {
    TerminalFixture strict = TerminalFixture.with(o -> o.withAppId("the-terminal-app"));

    Answer refused =
        strict.exchange(strict.connect(), Frames.payOrder(null, null, Biz.sale("A1", "1.00")));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("app_id: is required");
  }

  @Test
  void app_id_is_checked_before_the_transaction_type() {
    TerminalFixture strict = TerminalFixture.with(o -> o.withAppId("the-terminal-app"));

    Answer refused =
        strict.exchange(strict.connect(), Frames.payOrder(Biz.order("7", "A1", "1.2E3")));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("app_id");
  }

  @Test
  void transaction_type_is_checked_before_the_amount_format() {
    Answer refused =
        terminal.exchange(terminal.connect(), Frames.payOrder(Biz.order("7", "A1", "1.2E3")));

    assertThat(refused.code()).isEqualTo("114");
  }

  @Test
  void amount_format_is_checked_before_the_other_fields() {
    Biz biz = Biz.refundOf("", "A1", "1.001").without("merchant_order_no");

    Answer refused = terminal.exchange(terminal.connect(), Frames.payOrder(biz));

    assertThat(refused.code()).isEqualTo("121");
  }

  @Test
  void invalid_fields_are_reported_before_a_reused_number() {
    terminal.pay(Biz.sale("D1", "1.00"));

    Answer refused =
        terminal.exchange(
            terminal.connect(), Frames.payOrder(Biz.sale("D1", "1.00").with("tip_amount", "")));

    assertThat(refused.code()).isEqualTo("121");
    Answer invalid =
        terminal.exchange(
            terminal.connect(),
            Frames.payOrder(Biz.sale("D1", "1.00").with("orig_merchant_order_no", "X1")));
    assertThat(invalid.code()).isEqualTo("202");
    assertThat(invalid.responseMsg()).contains("orig_merchant_order_no: is not allowed on a sale");
  }

  @Test
  void an_order_refused_for_its_fields_does_not_use_up_its_number() {
    Answer refused = terminal.exchange(terminal.connect(), Frames.payOrder(Biz.sale("N1", "0.00")));
    assertThat(refused.code()).isEqualTo("202");

    assertThat(terminal.pay(Biz.sale("N1", "1.00")).code()).isEqualTo("000");
    assertThat(terminal.ledger().payOrdersReceived("N1")).isEqualTo(2);
  }

  @Test
  void one_transaction_at_a_time_per_connection_101() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("FIRST", "10.00")));

    Answer busy = terminal.exchange(pos, Frames.payOrder(Biz.sale("SECOND", "10.00")));

    assertThat(busy.code()).isEqualTo("101");
    assertThat(busy.responseMsg()).contains("FIRST");
    assertThat(busy.biz("merchant_order_no")).isEqualTo("SECOND");
    assertThat(terminal.ledger().find("SECOND")).isEmpty();

    terminal.advance(Duration.ofMillis(300));
    assertThat(pos.lastAnswer().biz("merchant_order_no")).isEqualTo("FIRST");
    assertThat(pos.lastAnswer().code()).isEqualTo("000");

    terminal.send(pos, Frames.payOrder(Biz.sale("SECOND", "10.00")));
    terminal.advance(Duration.ofMillis(300));
    assertThat(pos.lastAnswer().code()).isEqualTo("000");
    assertThat(pos.lastAnswer().biz("merchant_order_no")).isEqualTo("SECOND");
    assertThat(terminal.ledger().payOrdersReceived("SECOND")).isEqualTo(2);
  }

  @Test
  void connections_are_independent() {
    RecordingConnection first = terminal.connect();
    RecordingConnection second = terminal.connect();
    terminal.send(first, Frames.payOrder(Biz.sale("ON1", "10.00")));
    terminal.send(second, Frames.payOrder(Biz.sale("ON2", "10.00")));

    terminal.advance(Duration.ofMillis(300));

    assertThat(first.onlyAnswer().code()).isEqualTo("000");
    assertThat(second.onlyAnswer().code()).isEqualTo("000");
  }

  @Test
  void a_reused_number_is_reported_before_a_busy_connection() {
    terminal.pay(Biz.sale("USED", "1.00"));
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(Biz.sale("RUNNING", "10.00")));

    Answer refused = terminal.exchange(pos, Frames.payOrder(Biz.sale("USED", "1.00")));

    assertThat(refused.code()).isEqualTo("113");
  }
}
