package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSettingsTest {

  @TempDir Path directory;

  @Test
  void a_file_connection_gets_write_ahead_logging_full_sync_and_a_busy_timeout()
      throws SQLException {
    try (Connection connection =
        DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("settings.db"))) {
      assertThat(SqliteSettings.isSqlite(connection)).isTrue();

      SqliteSettings.apply(connection);

      assertThat(pragma(connection, "journal_mode")).isEqualToIgnoringCase("wal");
      assertThat(pragma(connection, "synchronous")).as("2 is FULL").isEqualTo("2");
      assertThat(pragma(connection, "busy_timeout"))
          .isEqualTo(String.valueOf(SqliteSettings.BUSY_TIMEOUT_MILLIS));
    }
  }

  @Test
  void an_in_memory_database_is_accepted_without_a_log() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      SqliteSettings.apply(connection);

      assertThat(pragma(connection, "journal_mode")).isEqualToIgnoringCase("memory");
    }
  }

  @Test
  void another_database_is_not_taken_for_sqlite() throws SQLException {
    try (Connection connection =
        DriverManager.getConnection(PostgresServer.shared().newDatabase())) {
      assertThat(SqliteSettings.isSqlite(connection)).isFalse();
    }
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet value = statement.executeQuery("PRAGMA " + name)) {
      assertThat(value.next()).as(name).isTrue();
      return value.getString(1);
    }
  }
}
