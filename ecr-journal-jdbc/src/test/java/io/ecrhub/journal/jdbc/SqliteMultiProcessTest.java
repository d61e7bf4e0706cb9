package io.ecrhub.journal.jdbc;

import java.util.concurrent.atomic.AtomicInteger;

/** Many processes on one SQLite journal file. */
class SqliteMultiProcessTest extends MultiProcessJournalContract {

  private final AtomicInteger files = new AtomicInteger();

  @Override
  String freshJournalUrl() {
    return "jdbc:sqlite:" + directory.resolve("shared-" + files.incrementAndGet() + ".db");
  }
}
