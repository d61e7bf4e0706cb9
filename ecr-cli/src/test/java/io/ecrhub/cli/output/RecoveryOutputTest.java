package io.ecrhub.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryOutputTest {

  private static final MerchantOrderNo REFUSED = new MerchantOrderNo("R1");
  private static final MerchantOrderNo NEVER_SENT = new MerchantOrderNo("R2");

  /** Recovery settles these; an invalid one next to them must still fail the run. */
  private static Report notSent(MerchantOrderNo number, NotSentReason reason) {
    return Reports.payment(
        "recover",
        Map.of(Report.MERCHANT_ORDER_NO, number.value()),
        new PaymentOutcome.NotSent(number, reason, "journal locked"));
  }

  private static Report rejected(MerchantOrderNo number) {
    return Reports.payment(
        "recover",
        Map.of(Report.MERCHANT_ORDER_NO, number.value()),
        new PaymentOutcome.Rejected(List.of(new Violation("merchant_order_no", "already used"))));
  }

  @Test
  void an_order_whose_journal_was_unavailable_makes_the_recovery_invalid_not_ok() {
    Seq<Report> reports =
        List.of(
            notSent(NEVER_SENT, NotSentReason.STOPPED_BEFORE_SENDING),
            notSent(REFUSED, NotSentReason.JOURNAL_UNAVAILABLE));

    assertThat(reports.map(Report::outcome)).containsExactly(Outcome.NOT_SENT, Outcome.INVALID);
    assertThat(RecoveryOutput.overall(reports)).isEqualTo(Outcome.INVALID);
    assertThat(RecoveryOutput.overall(reports).exitCode()).isNotZero();
    assertThat(RecoveryOutput.summary(reports))
        .startsWith("settled 1 of 2: ")
        .endsWith(", 1 invalid");
  }

  @Test
  void a_rejected_order_makes_the_recovery_invalid_and_is_counted() {
    Seq<Report> reports = List.of(rejected(REFUSED));

    assertThat(RecoveryOutput.overall(reports)).isEqualTo(Outcome.INVALID);
    assertThat(RecoveryOutput.summary(reports))
        .startsWith("settled 0 of 1: ")
        .endsWith("1 invalid");
  }

  @Test
  void an_unknown_order_still_outranks_an_invalid_one() {
    Seq<Report> reports =
        List.of(rejected(REFUSED), Report.of("recover", Outcome.UNKNOWN, Map.of(), "no answer"));

    assertThat(RecoveryOutput.overall(reports)).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void only_settled_orders_recover_ok() {
    Seq<Report> reports = List.of(notSent(NEVER_SENT, NotSentReason.STOPPED_BEFORE_SENDING));

    assertThat(RecoveryOutput.overall(reports)).isEqualTo(Outcome.OK);
    assertThat(RecoveryOutput.summary(reports)).endsWith(", 0 invalid");
  }
}
