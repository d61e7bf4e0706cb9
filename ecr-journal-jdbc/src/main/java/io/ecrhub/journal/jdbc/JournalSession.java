package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One open connection to the journal's database, configured, migrated and with its statements
 * prepared. Not thread-safe: {@link JdbcOrderJournal} uses it under its lock.
 */
final class JournalSession implements AutoCloseable {

  /**
   * How long SQLite waits for another process's write lock (a CLI reading the journal while the
   * application writes) before it fails. Long enough for any journal transaction, short enough
   * that a stuck process shows up as an error rather than a hung payment.
   */
  static final int SQLITE_BUSY_TIMEOUT_MILLIS = 5_000;

  private static final int VALIDITY_CHECK_SECONDS = 2;

  private final Connection connection;
  private final EntryStatements statements;

  private JournalSession(Connection connection, EntryStatements statements) {
    this.connection = connection;
    this.statements = statements;
  }

  /**
   * Connects, configures SQLite for durability, brings the schema up to date and prepares the
   * statements.
   *
   * @param name the journal's name in messages (its URL without a password)
   * @throws JournalException when any of it fails; nothing is left open then
   */
  static JournalSession open(String url, Properties properties, JournalSchema schema, String name) {
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, properties);
    } catch (SQLException failure) {
      throw new JournalException(
          "cannot open the order journal at " + name + ": " + failure.getMessage(), failure);
    }
    try {
      if (isSqlite(connection)) {
        configureSqlite(connection);
      }
      connection.setAutoCommit(false);
      schema.migrate(connection, name);
      return new JournalSession(connection, EntryStatements.prepare(connection));
    } catch (SQLException failure) {
      closeQuietly(connection, failure);
      throw new JournalException(
          "cannot open the order journal at " + name + ": " + failure.getMessage(), failure);
    } catch (RuntimeException failure) {
      closeQuietly(connection, failure);
      throw failure;
    }
  }

  EntryStatements statements() {
    return statements;
  }

  void commit() throws SQLException {
    connection.commit();
  }

  /** Rolls back; a failure to do so is added to {@code cause}, which is what the caller reports. */
  void rollback(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  /** False when the connection broke (a database server restarted): it must be replaced. */
  boolean isUsable() {
    try {
      return connection.isValid(VALIDITY_CHECK_SECONDS);
    } catch (SQLException unknown) {
      return false;
    }
  }

  /** Closes the statements and the connection; an open, empty transaction just ends. */
  @Override
  public void close() throws SQLException {
    try (Connection closing = connection) {
      statements.close();
    }
  }

  private static boolean isSqlite(Connection connection) throws SQLException {
    return "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
  }

  /**
   * Write-ahead logging, so that readers never block the writer; {@code synchronous=FULL}, so that
   * a commit is on disk before it returns even in WAL mode (a till may lose power at any moment).
   * Set while in auto-commit mode: SQLite cannot change its journal mode inside a transaction.
   */
  private static void configureSqlite(Connection connection) throws SQLException {
    try (Statement pragma = connection.createStatement()) {
      pragma.execute("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MILLIS);
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

  private static void closeQuietly(Connection connection, Throwable cause) {
    try {
      connection.close();
    } catch (SQLException closeFailure) {
      cause.addSuppressed(closeFailure);
    }
  }
}
