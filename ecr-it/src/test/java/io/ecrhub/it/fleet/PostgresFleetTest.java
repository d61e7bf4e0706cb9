package io.ecrhub.it.fleet;

/** The fleet on one database of a real PostgreSQL server, started by the test. */
class PostgresFleetTest extends FleetContract {

  @Override
  String freshJournalUrl() {
    return PostgresDatabases.shared().newDatabase();
  }
}
