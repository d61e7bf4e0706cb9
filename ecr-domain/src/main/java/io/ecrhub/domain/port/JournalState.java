package io.ecrhub.domain.port;

/** Where an order stands in the journal. */
public enum JournalState {
  /**
   * Recorded before sending, and not handed to the wire yet. Found after a restart, it proves the
   * order never left: nothing was charged.
   */
  PENDING(false),
  /**
   * Marked the moment before the order was handed to the wire: it may have reached the terminal,
   * and only the terminal can say what became of it.
   */
  SENT(false),
  /** The terminal completed it as ordered. */
  APPROVED(true),
  /** The terminal refused or closed it, or a close fenced it; nothing charged. */
  DECLINED(true),
  /**
   * The terminal reported a final success that does not match the order as sent. Final for the
   * engine — {@code recover()} does not revisit it — but a person must look at it.
   */
  MISMATCH(true),
  /** Recovery gave up before the terminal said; {@code recover()} asks again later. */
  UNKNOWN(false),
  /** Surely never reached the terminal; nothing charged. */
  NOT_SENT(true);

  private final boolean finished;

  JournalState(boolean finished) {
    this.finished = finished;
  }

  /**
   * A finished order needs nothing more; an unfinished one is queried by {@code recover()}.
   *
   * @return {@code true} for approved, declined, mismatch and not sent
   */
  public boolean isFinished() {
    return finished;
  }

  /**
   * Whether a person must look at the order: its outcome is a mismatch.
   *
   * @return {@code true} only for {@link #MISMATCH}
   */
  public boolean needsAttention() {
    return this == MISMATCH;
  }
}
