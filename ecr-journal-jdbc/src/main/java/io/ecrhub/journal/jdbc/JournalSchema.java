package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The journal's tables, created and upgraded by the adapter itself: a version table records each
 * migration applied, and opening a database brings it to the latest version this code knows.
 *
 * <p>The SQL is portable on purpose (VARCHAR, INTEGER, BIGINT, plain CREATE TABLE/INDEX), so that
 * SQLite, PostgreSQL and other databases run the same statements.
 *
 * <p>Many processes may open one journal at the same moment (the tills of a shop starting up on one
 * PostgreSQL database, or a till and {@code ecr recover} on one SQLite file). Each migration is
 * therefore applied under a lock: its transaction first updates the one row of a lock table, which
 * makes every other process's migration wait for it (a row lock on a server, the write lock of an
 * SQLite file); then it reads the version again and applies only what is still missing. Creating
 * the two bookkeeping tables themselves cannot be locked that way: when two processes race to
 * create one, the loser's statement fails, and it goes on once it sees the table there.
 */
final class JournalSchema {

  static final String VERSION_TABLE = "journal_schema_version";

  /**
   * Every migration, in order. Append new ones; never edit one that was released (its text is
   * spelled out rather than built from constants for that reason). The column sizes are mirrored by
   * {@link EntryTable}. Version 2 adds no state column: {@code SENT} and {@code MISMATCH} fit
   * {@code journal_state} as it is.
   */
  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "order journal entries",
              List.of(
                  "CREATE TABLE journal_entry ("
                      + "merchant_order_no VARCHAR(32) NOT NULL PRIMARY KEY, "
                      + "terminal_id VARCHAR(1000) NOT NULL, "
                      + "trans_type VARCHAR(64) NOT NULL, "
                      + "order_amount VARCHAR(40) NOT NULL, "
                      + "amount_scale INTEGER NOT NULL, "
                      + "orig_merchant_order_no VARCHAR(32), "
                      + "journal_state VARCHAR(16) NOT NULL, "
                      + "created_at BIGINT NOT NULL, "
                      + "updated_at BIGINT NOT NULL, "
                      + "response_code VARCHAR(64), "
                      + "response_message VARCHAR(1000), "
                      + "trans_no VARCHAR(255), "
                      + "trans_status VARCHAR(64), "
                      + "note VARCHAR(2000))",
                  // recent(): newest first
                  "CREATE INDEX journal_entry_by_created"
                      + " ON journal_entry (created_at, merchant_order_no)",
                  // unfinished(): a few rows among many finished ones, oldest first
                  "CREATE INDEX journal_entry_by_state"
                      + " ON journal_entry (journal_state, created_at, merchant_order_no)")),
          new Migration(
              2,
              "tip and cashback as sent, why each outcome was decided",
              List.of(
                  // an order's amounts share its amount_scale
                  "ALTER TABLE journal_entry ADD COLUMN tip_amount VARCHAR(40)",
                  "ALTER TABLE journal_entry ADD COLUMN cashback_amount VARCHAR(40)",
                  "ALTER TABLE journal_entry ADD COLUMN decided_by VARCHAR(1000)")),
          new Migration(
              3,
              "many tills on one journal: till of each entry, claims on unfinished orders",
              List.of(
                  // entries written before tills were recorded keep an empty till
                  "ALTER TABLE journal_entry ADD COLUMN till_id VARCHAR(200) DEFAULT '' NOT NULL",
                  "ALTER TABLE journal_entry ADD COLUMN claim_holder VARCHAR(500)",
                  "ALTER TABLE journal_entry ADD COLUMN claim_until BIGINT",
                  // inWindow() of one terminal: a day of one terminal among many
                  "CREATE INDEX journal_entry_by_terminal"
                      + " ON journal_entry (terminal_id, created_at, merchant_order_no)")));

  static final String LOCK_TABLE = "journal_schema_lock";

  private static final String CREATE_VERSION_TABLE =
      "CREATE TABLE "
          + VERSION_TABLE
          + " (schema_version INTEGER NOT NULL PRIMARY KEY, "
          + "description VARCHAR(200) NOT NULL, "
          + "applied_at BIGINT NOT NULL)";

  private static final List<String> CREATE_LOCK_TABLE =
      List.of(
          "CREATE TABLE "
              + LOCK_TABLE
              + " (lock_id INTEGER NOT NULL PRIMARY KEY, locked_at BIGINT NOT NULL)",
          "INSERT INTO " + LOCK_TABLE + " (lock_id, locked_at) VALUES (1, 0)");

  private static final String TAKE_LOCK =
      "UPDATE " + LOCK_TABLE + " SET locked_at = ? WHERE lock_id = 1";

  private final List<Migration> migrations;
  private final Clock clock;

  /**
   * @param migrations versions 1, 2, 3… without a gap
   * @param clock stamps {@code applied_at}
   */
  JournalSchema(List<Migration> migrations, Clock clock) {
    this.migrations = List.copyOf(migrations);
    this.clock = Objects.requireNonNull(clock, "clock");
    for (int i = 0; i < this.migrations.size(); i++) {
      if (this.migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migrations must be numbered 1, 2, 3… without a gap, but number "
                + (i + 1)
                + " is version "
                + this.migrations.get(i).version());
      }
    }
  }

  /** The schema this code writes and reads. */
  static JournalSchema current() {
    return new JournalSchema(MIGRATIONS, Clock.systemUTC());
  }

  /** The version this code brings a database to. */
  int latestVersion() {
    return migrations.size();
  }

  /**
   * Brings the database behind {@code connection} (not in auto-commit mode) to {@link
   * #latestVersion()}, safely while other processes do the same. Each migration and its version row
   * commit together, so a failure leaves the database at the last version that was completely
   * applied.
   *
   * @param journalName how the journal is named in an error message
   * @throws JournalException when the database holds a newer schema than this code knows
   * @throws SQLException when a statement fails; the failed migration is rolled back
   */
  void migrate(Connection connection, String journalName) throws SQLException {
    int found = tableExists(connection, VERSION_TABLE) ? readVersion(connection) : 0;
    connection.commit();
    refuseNewer(found, journalName);
    if (found == latestVersion()) {
      return; // the usual case: nothing to do, and nothing to lock
    }
    createIfMissing(connection, VERSION_TABLE, List.of(CREATE_VERSION_TABLE));
    createIfMissing(connection, LOCK_TABLE, CREATE_LOCK_TABLE);
    for (Migration migration : migrations) {
      try {
        lock(connection);
        int current = readVersion(connection);
        refuseNewer(current, journalName);
        if (current >= migration.version()) {
          connection.commit(); // another process applied it meanwhile
          continue;
        }
        for (String statement : migration.statements()) {
          execute(connection, statement);
        }
        recordVersion(connection, migration);
        connection.commit();
      } catch (SQLException failure) {
        rollback(connection, failure);
        throw new SQLException(
            "schema migration "
                + migration.version()
                + " ("
                + migration.description()
                + ") failed: "
                + failure.getMessage(),
            failure.getSQLState(),
            failure);
      } catch (RuntimeException failure) {
        rollback(connection, failure);
        throw failure;
      }
    }
  }

  private void refuseNewer(int found, String journalName) {
    if (found > latestVersion()) {
      throw new JournalException(
          "cannot open the order journal at "
              + journalName
              + ": its schema is version "
              + found
              + ", but this version of ecr-hub knows versions up to "
              + latestVersion()
              + " only; use the newer ecr-hub that wrote it, or another journal");
    }
  }

  /**
   * Creates a bookkeeping table in a transaction of its own. When another process creates it at the
   * same moment, this one's statement fails (the table exists, or its name is taken in the
   * catalogue): what counts is that the table is there afterwards.
   */
  private static void createIfMissing(Connection connection, String table, List<String> statements)
      throws SQLException {
    boolean exists = tableExists(connection, table);
    // ends the read: on SQLite, a write in the same transaction as an earlier read fails at once
    // when another process wrote in between, instead of waiting for its turn
    connection.commit();
    if (exists) {
      return;
    }
    try {
      for (String statement : statements) {
        execute(connection, statement);
      }
      connection.commit();
    } catch (SQLException lostTheRace) {
      rollback(connection, lostTheRace);
      boolean createdByAnother;
      try {
        createdByAnother = tableExists(connection, table);
        connection.commit();
      } catch (SQLException lookupFailure) {
        lostTheRace.addSuppressed(lookupFailure);
        throw lostTheRace;
      }
      if (!createdByAnother) {
        throw lostTheRace;
      }
    }
  }

  /** Takes the migration lock for the rest of the transaction; every other migrator waits. */
  private void lock(Connection connection) throws SQLException {
    try (PreparedStatement take = connection.prepareStatement(TAKE_LOCK)) {
      take.setLong(1, clock.millis());
      if (take.executeUpdate() != 1) {
        throw new SQLException("the schema lock row of " + LOCK_TABLE + " is missing");
      }
    }
  }

  /** The highest version applied, 0 when the version table is empty. */
  static int readVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT MAX(schema_version) FROM " + VERSION_TABLE)) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  /**
   * Looks the table up in the connection's current schema. Names are compared ignoring case:
   * PostgreSQL folds unquoted names to lower case, other databases (H2, Oracle) to upper case.
   */
  static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet tables =
        metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
      while (tables.next()) {
        if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
      return false;
    }
  }

  private void recordVersion(Connection connection, Migration migration) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO "
                + VERSION_TABLE
                + " (schema_version, description, applied_at) VALUES (?, ?, ?)")) {
      insert.setInt(1, migration.version());
      insert.setString(2, migration.description());
      insert.setLong(3, clock.millis());
      insert.executeUpdate();
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
