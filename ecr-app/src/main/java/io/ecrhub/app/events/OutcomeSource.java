package io.ecrhub.app.events;

/** Which work of the client decided an outcome. */
public enum OutcomeSource {
  /** An order submitted through this client ({@code submit}). */
  SUBMITTED,
  /** An unfinished order of the journal, settled by a recovery. */
  RECOVERED,
  /** An unfinished order of the journal, settled by a reconciliation. */
  RECONCILED
}
