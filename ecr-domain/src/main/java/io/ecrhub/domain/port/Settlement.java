package io.ecrhub.domain.port;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What the journal learns about an order after it was sent: its new state, and the terminal's words
 * when it said any. Absent fields leave what the journal already holds.
 *
 * @param decidedBy why the outcome was decided ({@code PaymentOutcome.decidedBy()})
 */
public record Settlement(
    JournalState state,
    Instant at,
    Option<ResponseCode> responseCode,
    Option<String> responseMessage,
    Option<String> transNo,
    Option<TransactionStatus> transStatus,
    Option<String> note,
    Option<String> decidedBy) {

  public Settlement {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(responseCode, "responseCode");
    Objects.requireNonNull(responseMessage, "responseMessage");
    Objects.requireNonNull(transNo, "transNo");
    Objects.requireNonNull(transStatus, "transStatus");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(decidedBy, "decidedBy");
  }
}
