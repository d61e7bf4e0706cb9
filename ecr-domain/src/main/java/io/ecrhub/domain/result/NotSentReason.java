package io.ecrhub.domain.result;

/** Why a request surely never reached the terminal: nothing was charged. */
public enum NotSentReason {
  /** No connection to the terminal could be made in time. */
  UNREACHABLE,
  /** Another {@code pay.order} is still open on this terminal; one at a time. */
  TERMINAL_BUSY,
  /** The order could not be written to the journal, so it was not sent. */
  JOURNAL_UNAVAILABLE,
  /** The client is closed or closing. */
  CLIENT_CLOSED,
  /**
   * Found after a restart: the journal recorded the order, but the process stopped before the order
   * was handed to the wire (the journal marks that moment before it happens).
   */
  STOPPED_BEFORE_SENDING
}
