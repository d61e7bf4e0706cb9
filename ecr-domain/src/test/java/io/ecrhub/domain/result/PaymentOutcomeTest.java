package io.ecrhub.domain.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class PaymentOutcomeTest {

  private static final MerchantOrderNo ORDER = new MerchantOrderNo("A1");

  @Test
  void a_payment_ends_in_exactly_one_of_six_closed_alternatives() {
    assertThat(PaymentOutcome.class.isSealed()).isTrue();
    assertThat(PaymentOutcome.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            PaymentOutcome.Approved.class,
            PaymentOutcome.Declined.class,
            PaymentOutcome.Mismatch.class,
            PaymentOutcome.Unknown.class,
            PaymentOutcome.Rejected.class,
            PaymentOutcome.NotSent.class);
  }

  @Test
  void a_terminal_reply_is_one_of_answered_no_answer_and_not_sent() {
    assertThat(TerminalReply.class.isSealed()).isTrue();
    assertThat(TerminalReply.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            TerminalReply.Answered.class,
            TerminalReply.NoAnswer.class,
            TerminalReply.NotSent.class);
  }

  @Test
  void unknown_carries_the_last_status_the_terminal_reported() {
    TransactionResult processing =
        TransactionResult.builder(ORDER, TransactionStatus.PROCESSING).build();

    assertThat(new PaymentOutcome.Unknown(ORDER, "why", Option.some(processing)).lastKnownStatus())
        .containsExactly(TransactionStatus.PROCESSING);
    assertThat(new PaymentOutcome.Unknown(ORDER, "why", Option.none()).lastKnownStatus()).isEmpty();
  }

  @Test
  void declined_keeps_the_terminals_code_and_words() {
    PaymentOutcome.Declined declined =
        new PaymentOutcome.Declined(
            ORDER, ResponseCode.of("115"), "card refused", Option.none(), "declined: 115");

    assertThat(declined.code().code()).isEqualTo("115");
    assertThat(declined.message()).isEqualTo("card refused");
  }

  @Test
  void outcomes_refuse_null_parts() {
    assertThatThrownBy(() -> new PaymentOutcome.Approved(null, "approved"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PaymentOutcome.Unknown(ORDER, "why", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new PaymentOutcome.Declined(ORDER, null, "message", Option.none(), "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new PaymentOutcome.NotSent(ORDER, NotSentReason.UNREACHABLE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TerminalReply.Answered<>(ResponseCode.SUCCESS, "", null))
        .isInstanceOf(NullPointerException.class);
  }
}
