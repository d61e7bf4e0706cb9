package io.ecrhub.domain.reconciliation;

/** How the journal and the terminal compare on one order. */
public enum Agreement {
  /** They say the same. */
  AGREES,
  /**
   * The journal did not know the outcome; the terminal's answers settled it now, in the journal.
   */
  SETTLED,
  /**
   * They differ: the journal says approved and the terminal that nothing (or something else) was
   * charged, or the journal says declined, not sent or unknown and the terminal that the order was
   * paid. The journal is left as it is; a person must look.
   */
  DISAGREES,
  /** The terminal could not be asked, or its answers did not settle the order in time. */
  UNANSWERED,
  /** Another process holds the order (it is being paid or recovered there): not touched. */
  IN_FLIGHT
}
