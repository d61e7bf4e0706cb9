package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.simulator.Frames.Biz;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUpOrderTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  private String statusOf(String merchantOrderNo) {
    return terminal.query(merchantOrderNo).status();
  }

  private Answer refusedAtOnce(Biz biz) {
    return terminal.exchange(terminal.connect(), Frames.payOrder(biz));
  }

  @Nested
  class Voids {

    @Test
    void a_completed_void_cancels_its_original() {
      terminal.pay(Biz.sale("S1", "25.00"));
      RecordingConnection pos = terminal.connect();
      terminal.send(pos, Frames.payOrder(Biz.voidOf("S1", "V1", "25.00")));
      assertThat(statusOf("S1")).as("while the void is processing").isEqualTo("2");

      terminal.advance(terminal.options.approveDelay());

      Answer voided = pos.onlyAnswer();
      assertThat(voided.code()).isEqualTo("000");
      assertThat(voided.biz("trans_type")).isEqualTo("2");
      assertThat(voided.biz("orig_merchant_order_no")).isEqualTo("S1");
      assertThat(voided.status()).isEqualTo("2");
      assertThat(statusOf("S1")).isEqualTo("3");
      assertThat(statusOf("V1")).isEqualTo("2");
    }

    @Test
    void an_unknown_original_is_refused_104() {
      Answer refused = refusedAtOnce(Biz.voidOf("NOSUCH", "V1", "25.00"));

      assertThat(refused.code()).isEqualTo("104");
      assertThat(refused.responseMsg()).contains("NOSUCH");
    }

    @Test
    void an_original_that_is_not_completed_is_refused_104() {
      terminal.pay(Biz.sale("DECLINED", "25.91"));
      terminal.send(terminal.connect(), Frames.payOrder(Biz.sale("RUNNING", "25.00")));

      assertThat(refusedAtOnce(Biz.voidOf("DECLINED", "V1", "25.91")).code()).isEqualTo("104");
      assertThat(refusedAtOnce(Biz.voidOf("RUNNING", "V2", "25.00")).code()).isEqualTo("104");
    }

    @Test
    void a_voided_original_cannot_be_voided_again_119() {
      terminal.pay(Biz.sale("S1", "25.00"));
      terminal.pay(Biz.voidOf("S1", "V1", "25.00"));

      Answer refused = refusedAtOnce(Biz.voidOf("S1", "V2", "25.00"));

      assertThat(refused.code()).isEqualTo("119");
      assertThat(refused.responseMsg()).contains("already voided");
    }

    @Test
    void a_second_void_while_the_first_is_processing_is_refused_119() {
      terminal.pay(Biz.sale("S1", "25.00"));
      terminal.send(terminal.connect(), Frames.payOrder(Biz.voidOf("S1", "V1", "25.00")));

      assertThat(refusedAtOnce(Biz.voidOf("S1", "V2", "25.00")).code()).isEqualTo("119");
    }

    @Test
    void a_refunded_original_cannot_be_voided_119() {
      terminal.pay(Biz.sale("S1", "25.00"));
      terminal.pay(Biz.refundOf("S1", "R1", "5.00"));

      Answer refused = refusedAtOnce(Biz.voidOf("S1", "V1", "25.00"));

      assertThat(refused.code()).isEqualTo("119");
      assertThat(refused.responseMsg()).contains("refunded");
      assertThat(statusOf("S1")).isEqualTo("2");
    }

    @Test
    void only_payments_can_be_voided_119() {
      terminal.pay(Biz.preAuth("P1", "50.00"));
      terminal.pay(Biz.sale("S1", "25.00"));
      terminal.pay(Biz.refundOf("S1", "R1", "5.00"));

      assertThat(refusedAtOnce(Biz.voidOf("P1", "V1", "50.00")).code()).isEqualTo("119");
      assertThat(refusedAtOnce(Biz.voidOf("R1", "V2", "5.00")).code()).isEqualTo("119");
    }

    @Test
    void a_void_that_fails_leaves_the_original_completed_and_voidable() {
      terminal.pay(Biz.sale("S1", "25.00"));

      Answer declined = terminal.pay(Biz.voidOf("S1", "V1", "25.91"));

      assertThat(declined.code()).isEqualTo("115");
      assertThat(statusOf("S1")).isEqualTo("2");
      assertThat(terminal.pay(Biz.voidOf("S1", "V2", "25.00")).code()).isEqualTo("000");
      assertThat(statusOf("S1")).isEqualTo("3");
    }
  }

  @Nested
  class Refunds {

    @Test
    void refunds_may_add_up_to_the_original_but_not_beyond_120() {
      terminal.pay(Biz.sale("S1", "30.00"));

      assertThat(terminal.pay(Biz.refundOf("S1", "R1", "10.00")).code()).isEqualTo("000");
      assertThat(terminal.pay(Biz.refundOf("S1", "R2", "20.00")).code()).isEqualTo("000");
      Answer refused = refusedAtOnce(Biz.refundOf("S1", "R3", "0.01"));

      assertThat(refused.code()).isEqualTo("120");
      assertThat(refused.responseMsg()).contains("30.01").contains("30.00");
      assertThat(statusOf("S1")).isEqualTo("2");
      assertThat(statusOf("R2")).isEqualTo("2");
    }

    @Test
    void refunds_still_processing_count_against_the_original() {
      terminal.pay(Biz.sale("S1", "30.00"));
      terminal.send(terminal.connect(), Frames.payOrder(Biz.refundOf("S1", "R1", "20.00")));

      assertThat(refusedAtOnce(Biz.refundOf("S1", "R2", "20.00")).code()).isEqualTo("120");
    }

    @Test
    void a_refund_that_failed_does_not_count() {
      terminal.pay(Biz.sale("S1", "30.00"));
      assertThat(terminal.pay(Biz.refundOf("S1", "R1", "29.91")).code()).isEqualTo("115");

      assertThat(terminal.pay(Biz.refundOf("S1", "R2", "30.00")).code()).isEqualTo("000");
    }

    @Test
    void an_unknown_original_is_refused_104() {
      assertThat(refusedAtOnce(Biz.refundOf("NOSUCH", "R1", "1.00")).code()).isEqualTo("104");
    }

    @Test
    void a_voided_or_failed_original_has_nothing_to_refund_104() {
      terminal.pay(Biz.sale("S1", "30.00"));
      terminal.pay(Biz.voidOf("S1", "V1", "30.00"));
      terminal.pay(Biz.sale("S2", "30.93"));

      assertThat(refusedAtOnce(Biz.refundOf("S1", "R1", "1.00")).code()).isEqualTo("104");
      assertThat(refusedAtOnce(Biz.refundOf("S2", "R2", "1.00")).code()).isEqualTo("104");
    }

    @Test
    void a_pre_authorisation_is_not_refunded_104() {
      terminal.pay(Biz.preAuth("P1", "30.00"));

      Answer refused = refusedAtOnce(Biz.refundOf("P1", "R1", "1.00"));

      assertThat(refused.code()).isEqualTo("104");
      assertThat(refused.responseMsg()).contains("pre-authorisation");
    }
  }

  @Nested
  class Completions {

    @Test
    void a_completed_pre_authorisation_can_be_completed_up_to_its_amount() {
      terminal.pay(Biz.preAuth("P1", "50.00"));

      Answer completed = terminal.pay(Biz.completionOf("P1", "K1", "45.00"));

      assertThat(completed.code()).isEqualTo("000");
      assertThat(completed.biz("trans_type")).isEqualTo("6");
      assertThat(completed.biz("orig_merchant_order_no")).isEqualTo("P1");
      assertThat(statusOf("K1")).isEqualTo("2");
      assertThat(refusedAtOnce(Biz.completionOf("P1", "K2", "5.01")).code()).isEqualTo("120");
    }

    @Test
    void more_than_the_pre_authorisation_is_refused_120() {
      terminal.pay(Biz.preAuth("P1", "50.00"));

      assertThat(refusedAtOnce(Biz.completionOf("P1", "K1", "50.01")).code()).isEqualTo("120");
    }

    @Test
    void the_original_must_be_a_completed_pre_authorisation_104() {
      terminal.pay(Biz.sale("S1", "50.00"));
      terminal.pay(Biz.preAuth("P1", "50.92"));

      assertThat(refusedAtOnce(Biz.completionOf("S1", "K1", "10.00")).code()).isEqualTo("104");
      assertThat(refusedAtOnce(Biz.completionOf("P1", "K2", "10.00")).code()).isEqualTo("104");
      assertThat(refusedAtOnce(Biz.completionOf("NOSUCH", "K3", "10.00")).code()).isEqualTo("104");
    }

    @Test
    void a_completion_can_be_voided() {
      terminal.pay(Biz.preAuth("P1", "50.00"));
      terminal.pay(Biz.completionOf("P1", "K1", "50.00"));

      assertThat(terminal.pay(Biz.voidOf("K1", "V1", "50.00")).code()).isEqualTo("000");
      assertThat(statusOf("K1")).isEqualTo("3");
    }
  }

  @Nested
  class PreAuthCancels {

    @Test
    void a_cancel_turns_its_pre_authorisation_to_cancelled() {
      terminal.pay(Biz.preAuth("P1", "50.00"));

      Answer cancelled = terminal.pay(Biz.preAuthCancelOf("P1", "X1", "50.00"));

      assertThat(cancelled.code()).isEqualTo("000");
      assertThat(cancelled.biz("trans_type")).isEqualTo("5");
      assertThat(statusOf("P1")).isEqualTo("3");
      assertThat(refusedAtOnce(Biz.completionOf("P1", "K1", "1.00")).code()).isEqualTo("104");
      assertThat(refusedAtOnce(Biz.preAuthCancelOf("P1", "X2", "50.00")).code()).isEqualTo("119");
    }

    @Test
    void the_original_must_be_a_pre_authorisation_104() {
      terminal.pay(Biz.sale("S1", "50.00"));

      assertThat(refusedAtOnce(Biz.preAuthCancelOf("S1", "X1", "50.00")).code()).isEqualTo("104");
      assertThat(refusedAtOnce(Biz.preAuthCancelOf("NOSUCH", "X2", "50.00")).code())
          .isEqualTo("104");
      assertThat(statusOf("S1")).isEqualTo("2");
    }

    @Test
    void a_completed_pre_authorisation_cannot_be_cancelled_119() {
      terminal.pay(Biz.preAuth("P1", "50.00"));
      terminal.pay(Biz.completionOf("P1", "K1", "20.00"));

      assertThat(refusedAtOnce(Biz.preAuthCancelOf("P1", "X1", "50.00")).code()).isEqualTo("119");
    }

    @Test
    void a_cancel_without_original_is_approved() {
      Answer cancelled = terminal.pay(Biz.order("5", "X1", "50.00"));

      assertThat(cancelled.code()).isEqualTo("000");
      assertThat(cancelled.biz("orig_merchant_order_no")).isNull();
    }
  }
}
