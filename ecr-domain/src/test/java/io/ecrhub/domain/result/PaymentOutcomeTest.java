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

  @Test
  void a_visitor_and_fold_reach_the_one_method_for_each_kind() {
    TransactionResult completed =
        TransactionResult.builder(ORDER, TransactionStatus.COMPLETED).build();
    java.util.List<PaymentOutcome> outcomes =
        java.util.List.of(
            new PaymentOutcome.Approved(completed, "approved: test"),
            new PaymentOutcome.Declined(ORDER, ResponseCode.of("115"), "no", Option.none(), "d"),
            new PaymentOutcome.Mismatch(
                ORDER,
                completed,
                io.vavr.collection.List.of(new Difference("order_amount", "7.00", "0.01")),
                "m"),
            new PaymentOutcome.Unknown(ORDER, "why", Option.none()),
            new PaymentOutcome.Rejected(io.vavr.collection.List.empty()),
            new PaymentOutcome.NotSent(ORDER, NotSentReason.UNREACHABLE, "down"));

    java.util.List<String> folded =
        outcomes.stream()
            .map(
                outcome ->
                    outcome.fold(
                        approved -> "approved",
                        declined -> "declined",
                        mismatch -> "mismatch " + mismatch.differenceList(),
                        unknown -> "unknown " + unknown.optionalLastKnown().isPresent(),
                        rejected -> "rejected " + rejected.violationList().size(),
                        notSent -> "not sent"))
            .toList();

    assertThat(folded)
        .containsExactly(
            "approved",
            "declined",
            "mismatch [order_amount 0.01 (sent 7.00)]",
            "unknown false",
            "rejected 0",
            "not sent");
  }

  @Test
  void a_result_reads_in_java_util_types_too() {
    TransactionResult result =
        TransactionResult.builder(ORDER, TransactionStatus.COMPLETED).transNo("T1").build();

    TransactionResult.JavaView view = result.javaView();

    assertThat(view.transNo()).contains("T1");
    assertThat(view.orderAmount()).isEmpty();
    assertThat(view.status()).isEqualTo(TransactionStatus.COMPLETED);
  }
}
