package io.ecrhub.journal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What an SQLite connection needs to hold a journal that survives a crash or a power cut. Plain SQL
 * (PRAGMA statements), so that no driver class is needed.
 */
final class SqliteSettings {

  /**
   * How long SQLite waits for another process's lock (a CLI reading the journal while the
   * application writes) before it fails. Long enough for any journal transaction, short enough that
   * a stuck process shows up as an error rather than a hung payment.
   */
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private SqliteSettings() {}

  static boolean isSqlite(Connection connection) throws SQLException {
    return "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
  }

  /**
   * Write-ahead logging, so that readers never block the writer; {@code synchronous=FULL}, so that
   * a commit is on disk before it returns even in WAL mode (a till may lose power at any moment).
   * Must run in auto-commit mode: SQLite cannot change its journal mode inside a transaction.
   *
   * @throws SQLException when SQLite cannot use write-ahead logging for this database
   */
  static void apply(Connection connection) throws SQLException {
    try (Statement pragma = connection.createStatement()) {
      pragma.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
      try (ResultSet mode = pragma.executeQuery("PRAGMA journal_mode = WAL")) {
        String actual = mode.next() ? mode.getString(1) : "unknown";
        // an in-memory database (tests, experiments) has no file to log ahead of
        if (!"wal".equalsIgnoreCase(actual) && !"memory".equalsIgnoreCase(actual)) {
          throw new SQLException(
              "SQLite cannot use write-ahead logging here (journal_mode stays " + actual + ")");
        }
      }
      pragma.execute("PRAGMA synchronous = FULL");
    }
  }
}
