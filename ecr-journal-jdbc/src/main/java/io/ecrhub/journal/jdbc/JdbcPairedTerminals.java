package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.port.PairedTerminals;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;

/**
 * The terminals this POS is paired with, in a table of the journal's own database ({@code
 * paired_terminal}): one backup keeps orders and pairings, and a journal moved to another machine
 * keeps both. Pairing is rare, so each call opens its own connection; the table is created on first
 * use, outside the journal's versioned schema, so that the order journal's migrations stay as they
 * are and an older ecr-hub still opens the database. Thread-safe.
 */
final class JdbcPairedTerminals implements PairedTerminals {

  static final String TABLE = "paired_terminal";

  private static final String CREATE =
      "CREATE TABLE "
          + TABLE
          + " (serial_number VARCHAR(63) NOT NULL PRIMARY KEY, "
          + "last_address VARCHAR(1000) NOT NULL, "
          + "app_version VARCHAR(200) NOT NULL, "
          + "paired_at BIGINT NOT NULL)";

  private final String url;
  private final Properties properties;
  private final String name;

  JdbcPairedTerminals(String url, Properties properties, String name) {
    this.url = Objects.requireNonNull(url, "url");
    this.properties = Objects.requireNonNull(properties, "properties");
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public void remember(PairedTerminal terminal) {
    Objects.requireNonNull(terminal, "terminal");
    inTransaction(
        "remember terminal " + terminal.serialNumber(),
        connection -> {
          delete(connection, terminal.serialNumber());
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO "
                      + TABLE
                      + " (serial_number, last_address, app_version, paired_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, terminal.serialNumber());
            insert.setString(2, terminal.lastAddress());
            insert.setString(3, terminal.appVersion());
            insert.setLong(4, terminal.pairedAt().toEpochMilli());
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean forget(String serialNumber) {
    return inTransaction("forget terminal " + serialNumber, c -> delete(c, serialNumber) > 0);
  }

  @Override
  public Option<PairedTerminal> find(String serialNumber) {
    return list().find(terminal -> terminal.serialNumber().equals(serialNumber));
  }

  @Override
  public Seq<PairedTerminal> list() {
    return inTransaction(
        "list paired terminals",
        connection -> {
          List<PairedTerminal> found = List.empty();
          try (Statement statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT serial_number, last_address, app_version, paired_at FROM "
                          + TABLE
                          + " ORDER BY serial_number DESC")) {
            while (rows.next()) {
              found =
                  found.prepend(
                      new PairedTerminal(
                          rows.getString(1),
                          rows.getString(2),
                          rows.getString(3),
                          Instant.ofEpochMilli(rows.getLong(4))));
            }
          }
          return found;
        });
  }

  private static int delete(Connection connection, String serialNumber) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM " + TABLE + " WHERE serial_number = ?")) {
      delete.setString(1, serialNumber);
      return delete.executeUpdate();
    }
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) {
    try (Connection connection = DriverManager.getConnection(url, properties)) {
      if (SqliteSettings.isSqlite(connection)) {
        SqliteSettings.apply(connection);
      }
      connection.setAutoCommit(false);
      createIfMissing(connection);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException failure) {
        connection.rollback();
        throw failure;
      }
    } catch (SQLException failure) {
      SQLException redacted = JdbcUrls.redacted(failure);
      throw new JournalException(
          "cannot " + what + " in the journal at " + name + ": " + redacted.getMessage(), redacted);
    }
  }

  /** Creates the table unless it is there; another process creating it meanwhile is fine. */
  private static void createIfMissing(Connection connection) throws SQLException {
    boolean exists = JournalSchema.tableExists(connection, TABLE);
    connection.commit();
    if (exists) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
      connection.commit();
    } catch (SQLException lostTheRace) {
      connection.rollback();
      boolean createdByAnother = JournalSchema.tableExists(connection, TABLE);
      connection.commit();
      if (!createdByAnother) {
        throw lostTheRace;
      }
    }
  }
}
