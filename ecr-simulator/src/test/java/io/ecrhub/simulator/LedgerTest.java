package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.simulator.Frames.Biz;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  @Test
  void counts_every_pay_order_frame_by_number_refused_ones_included() {
    terminal.pay(Biz.sale("A1", "1.00"));
    terminal.pay(Biz.sale("A1", "1.00"));
    terminal.pay(Biz.sale("B1", "0.00"));
    terminal.pay(Biz.order("7", "C1", "1.00"));
    terminal.pay(Biz.empty().with("trans_type", "1").with("order_amount", "1.00"));
    terminal.query("A1");
    terminal.close("A1");

    TerminalLedger ledger = terminal.ledger();
    assertThat(ledger.payOrdersReceived("A1")).isEqualTo(2);
    assertThat(ledger.payOrdersReceived("B1")).isEqualTo(1);
    assertThat(ledger.payOrdersReceived("C1")).isEqualTo(1);
    assertThat(ledger.payOrdersReceived("NEVER")).isZero();
    assertThat(ledger.payOrdersReceived()).isEqualTo(5);
  }

  @Test
  void keeps_every_accepted_order_in_arrival_order_with_its_state() {
    terminal.pay(Biz.sale("A1", "1.00"));
    terminal.pay(Biz.sale("A2", "2.91"));
    terminal.pay(Biz.refundOf("A1", "A3", "0.50"));
    terminal.pay(Biz.sale("A1", "9.00"));
    terminal.send(terminal.connect(), Frames.payOrder(Biz.preAuth("A4", "4.00")));

    TerminalLedger ledger = terminal.ledger();
    assertThat(ledger.orders().map(e -> e.merchantOrderNo().value()))
        .containsExactly("A1", "A2", "A3", "A4");
    assertThat(ledger.orders().map(e -> e.status().code())).containsExactly("2", "1", "2", "0");
    assertThat(ledger.orders().map(e -> e.type().code())).containsExactly("1", "1", "3", "4");
    assertThat(ledger.orders().map(LedgerEntry::transNo).distinct()).hasSize(4);
    LedgerEntry refund = ledger.find("A3").get();
    assertThat(refund.origMerchantOrderNo().get().value()).isEqualTo("A1");
    assertThat(refund.orderAmount().toWire()).isEqualTo("0.50");
    assertThat(ledger.count(TransactionStatus.COMPLETED)).isEqualTo(2);
    assertThat(ledger.count(TransactionStatus.PROCESSING)).isEqualTo(1);
    assertThat(ledger.find("nope!")).isEmpty();
  }

  @Test
  void records_the_pay_method_a_completed_order_reports() {
    terminal.pay(Biz.sale("A1", "1.00"));
    terminal.send(terminal.connect(), Frames.payOrder(Biz.sale("A2", "1.00")));

    assertThat(terminal.ledger().find("A1").get().payMethod().get().id()).isEqualTo("Visa");
    assertThat(terminal.ledger().find("A2").get().payMethod()).isEmpty();
  }
}
