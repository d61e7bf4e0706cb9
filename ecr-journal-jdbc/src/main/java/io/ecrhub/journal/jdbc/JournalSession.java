package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One open connection to the journal's database, configured, migrated and with its statements
 * prepared. Not thread-safe: {@link JdbcOrderJournal} uses it under its lock.
 */
final class JournalSession implements AutoCloseable {

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
    } catch (SQLException connectFailure) {
      SQLException failure = JdbcUrls.redacted(connectFailure);
      throw new JournalException(
          "cannot open the order journal at " + name + ": " + failure.getMessage(), failure);
    }
    try {
      if (SqliteSettings.isSqlite(connection)) {
        SqliteSettings.apply(connection);
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

  /** Closes the statements and the connection (which ends an open, empty transaction). */
  @Override
  public void close() throws SQLException {
    try {
      statements.close();
    } catch (SQLException failure) {
      closeQuietly(connection, failure);
      throw failure;
    }
    connection.close();
  }

  private static void closeQuietly(Connection connection, Throwable cause) {
    try {
      connection.close();
    } catch (SQLException closeFailure) {
      cause.addSuppressed(closeFailure);
    }
  }
}
