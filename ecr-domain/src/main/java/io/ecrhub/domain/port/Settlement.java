package io.ecrhub.domain.port;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What the journal learns about an order after it was sent: its new state, and the terminal's words
 * when it said any. Absent terminal fields ({@code responseCode}, {@code responseMessage}, {@code
 * transNo}, {@code transStatus}) and an absent {@code decidedBy} leave what the journal already
 * holds; the state, the time and the note always replace, so an absent note clears the old one (a
 * note explains the current state only: "reply timed out" must not stay on an approved order).
 *
 * @param decidedBy why the outcome was decided ({@code PaymentOutcome.decidedBy()})
 * @param state the order's new state
 * @param at when the state was reached
 * @param responseCode the terminal's response code, if it answered
 * @param responseMessage the terminal's response text, if it answered
 * @param transNo the gateway's transaction number, if reported
 * @param transStatus the transaction status, if reported
 * @param note details of the new state, replacing the entry's note
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

  /**
   * Checks that every component is present.
   *
   * @param state the order's new state
   * @param at when the state was reached
   * @param responseCode the terminal's response code, if it answered
   * @param responseMessage the terminal's response text, if it answered
   * @param transNo the gateway's transaction number, if reported
   * @param transStatus the transaction status, if reported
   * @param note details of the new state
   * @param decidedBy why the outcome was decided
   * @throws NullPointerException if any is null
   */
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
