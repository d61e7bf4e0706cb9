package io.ecrhub.domain.payment;

import io.ecrhub.domain.result.PaymentOutcome;

/**
 * An outcome the journal could not record after the order was sent. The POS still gets the outcome,
 * and learns from it that the journal did not take it: {@link PaymentOutcome#journalWriteFailed()}
 * is true and {@link PaymentOutcome#decidedBy()} ends with the reason. The journal keeps the order
 * unfinished, so a later {@code recover()} asks the terminal again.
 */
final class JournalWriteFailure {

  private JournalWriteFailure() {}

  /** {@code outcome} with the failure to journal it noted in what decided it. */
  static PaymentOutcome noted(PaymentOutcome outcome, RuntimeException failure) {
    String note =
        "; "
            + PaymentOutcome.JOURNAL_WRITE_FAILED
            + ": "
            + failure.getMessage()
            + " (the journal still shows the order unfinished: recover() asks the terminal again)";
    return outcome.fold(
        approved -> new PaymentOutcome.Approved(approved.result(), approved.decidedBy() + note),
        declined ->
            new PaymentOutcome.Declined(
                declined.merchantOrderNo(),
                declined.code(),
                declined.message(),
                declined.result(),
                declined.decidedBy() + note),
        mismatch ->
            new PaymentOutcome.Mismatch(
                mismatch.merchantOrderNo(),
                mismatch.reported(),
                mismatch.differences(),
                mismatch.decidedBy() + note),
        unknown ->
            new PaymentOutcome.Unknown(
                unknown.merchantOrderNo(), unknown.reason() + note, unknown.lastKnown()),
        rejected -> rejected,
        notSent ->
            new PaymentOutcome.NotSent(
                notSent.merchantOrderNo(), notSent.reason(), notSent.detail() + note));
  }
}
