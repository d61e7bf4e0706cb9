package io.ecrhub.journal.jdbc;

/** Many processes on one database of a real PostgreSQL server. */
class PostgresMultiProcessTest extends MultiProcessJournalContract {

  @Override
  String freshJournalUrl() {
    return PostgresServer.shared().newDatabase();
  }
}
