package io.ecrhub.journal.jdbc;

import java.nio.file.Path;

/**
 * A process that records one pending order and dies at once, without closing the journal or running
 * shutdown hooks: what a till does when it crashes right after {@code recordPending}.
 */
final class RecordPendingThenHalt {

  static final int EXIT_AFTER_RECORDING = 42;

  private RecordPendingThenHalt() {}

  /** Arguments: the journal file, the merchant order number. */
  public static void main(String[] arguments) {
    @SuppressWarnings("resource") // never closed on purpose: the process dies with it open
    JdbcOrderJournal journal = JdbcOrderJournal.openFile(Path.of(arguments[0]));
    journal.recordPending(TestEntries.pending(arguments[1], 0));
    Runtime.getRuntime().halt(EXIT_AFTER_RECORDING);
  }
}
