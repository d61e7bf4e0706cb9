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
 * SQLite, PostgreSQL and H2 run the same statements.
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
                  "ALTER TABLE journal_entry ADD COLUMN decided_by VARCHAR(1000)")));

  private static final String CREATE_VERSION_TABLE =
      "CREATE TABLE "
          + VERSION_TABLE
          + " (schema_version INTEGER NOT NULL PRIMARY KEY, "
          + "description VARCHAR(200) NOT NULL, "
          + "applied_at BIGINT NOT NULL)";

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
   * #latestVersion()}. Each migration and its version row commit together, so a failure leaves the
   * database at the last version that was completely applied.
   *
   * @param journalName how the journal is named in an error message
   * @throws JournalException when the database holds a newer schema than this code knows
   * @throws SQLException when a statement fails; the failed migration is rolled back
   */
  void migrate(Connection connection, String journalName) throws SQLException {
    boolean versionTableExists = tableExists(connection, VERSION_TABLE);
    int found = versionTableExists ? readVersion(connection) : 0;
    connection.commit();
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
    for (Migration migration : migrations.subList(found, migrations.size())) {
      try {
        if (!versionTableExists) {
          execute(connection, CREATE_VERSION_TABLE);
          versionTableExists = true;
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
   * PostgreSQL folds unquoted names to lower case, H2 (by default) to upper case.
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

  private static void rollback(Connection connection, SQLException failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
