package io.ecrhub.it.fleet;

/** The fleet on one SQLite journal file shared by every till process of one machine. */
class SqliteFleetTest extends FleetContract {

  @Override
  String freshJournalUrl() {
    return "jdbc:sqlite:" + work.resolve("fleet.db");
  }
}
