package io.ecrhub.domain.port;

/** Where an order stands in the journal. */
public enum JournalState {
  /** Recorded before sending; the outcome is not known yet (or the process died meanwhile). */
  PENDING(false),
  /** Completed by the terminal. */
  APPROVED(true),
  /** Refused, failed or closed at the terminal; nothing charged. */
  DECLINED(true),
  /** Recovery gave up before the terminal said; {@code recover()} asks again later. */
  UNKNOWN(false),
  /** Surely never reached the terminal; nothing charged. */
  NOT_SENT(true);

  private final boolean finished;

  JournalState(boolean finished) {
    this.finished = finished;
  }

  /** A finished order needs nothing more; an unfinished one is queried by {@code recover()}. */
  public boolean isFinished() {
    return finished;
  }
}
