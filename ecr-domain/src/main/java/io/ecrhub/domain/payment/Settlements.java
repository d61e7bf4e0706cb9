package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.control.Option;
import java.time.Instant;

/** What the journal records for each kind of outcome. */
final class Settlements {

  private Settlements() {}

  static Settlement of(PaymentOutcome outcome, Instant at) {
    if (outcome instanceof PaymentOutcome.Approved approved) {
      return fromResult(
          JournalState.APPROVED,
          at,
          Option.some(ResponseCode.SUCCESS),
          Option.none(),
          Option.some(approved.result()),
          Option.none(),
          outcome);
    }
    if (outcome instanceof PaymentOutcome.Declined declined) {
      return fromResult(
          JournalState.DECLINED,
          at,
          Option.some(declined.code()),
          Option.some(declined.message()),
          declined.result(),
          Option.none(),
          outcome);
    }
    if (outcome instanceof PaymentOutcome.Mismatch mismatch) {
      return fromResult(
          JournalState.MISMATCH,
          at,
          Option.some(ResponseCode.SUCCESS),
          Option.none(),
          Option.some(mismatch.reported()),
          Option.some("differs from the order sent: " + mismatch.differences().mkString(", ")),
          outcome);
    }
    if (outcome instanceof PaymentOutcome.Unknown unknown) {
      return fromResult(
          JournalState.UNKNOWN,
          at,
          Option.none(),
          Option.none(),
          unknown.lastKnown(),
          Option.some(unknown.reason()),
          outcome);
    }
    if (outcome instanceof PaymentOutcome.NotSent notSent) {
      return fromResult(
          JournalState.NOT_SENT,
          at,
          Option.none(),
          Option.none(),
          Option.none(),
          Option.some(notSent.reason() + ": " + notSent.detail()),
          outcome);
    }
    throw new IllegalArgumentException("an outcome of a sent order was expected, got " + outcome);
  }

  private static Settlement fromResult(
      JournalState state,
      Instant at,
      Option<ResponseCode> code,
      Option<String> message,
      Option<TransactionResult> result,
      Option<String> note,
      PaymentOutcome outcome) {
    return new Settlement(
        state,
        at,
        code,
        message,
        result.flatMap(TransactionResult::transNo),
        result.map(TransactionResult::status),
        note,
        Option.some(outcome.decidedBy()));
  }
}
