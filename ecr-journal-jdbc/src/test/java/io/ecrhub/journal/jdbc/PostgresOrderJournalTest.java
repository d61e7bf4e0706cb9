package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.number;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.port.JournalException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The journal contract on a real PostgreSQL server (started by the tests), each test in a database
 * of its own; and what is special to a database server.
 */
class PostgresOrderJournalTest extends JdbcOrderJournalContract {

  /** Created on the first call of the test, so that every call of one test names the same one. */
  private String url;

  @Override
  String jdbcUrl(Path directory) {
    if (url == null) {
      url = PostgresServer.shared().newDatabase();
    }
    return url;
  }

  @Test
  void the_database_is_postgresql_itself_listening_on_this_machine_only() throws SQLException {
    try (Connection connection = rawConnection();
        Statement show = connection.createStatement();
        ResultSet listen = show.executeQuery("SHOW listen_addresses")) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(14);
      assertThat(listen.next()).isTrue();
      assertThat(listen.getString(1)).isEqualTo("localhost");
    }
  }

  @Test
  void after_its_connection_broke_the_journal_connects_again_on_the_next_call()
      throws SQLException {
    journal.recordPending(pending("BRK1", 0));

    try (Connection killer = rawConnection();
        Statement terminate = killer.createStatement();
        ResultSet ended =
            terminate.executeQuery(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      int sessions = 0;
      while (ended.next()) {
        assertThat(ended.getBoolean(1)).isTrue();
        sessions++;
      }
      assertThat(sessions).as("the journal's own session").isEqualTo(1);
    }
    // the failing call reports the broken connection, naming the journal
    assertThatThrownBy(() -> journal.find(number("BRK1")))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith("cannot read the order journal at " + jdbcUrl(directory));

    journal.recordPending(pending("BRK2", 1));
    assertThat(numbers(journal.recent(10))).containsExactly("BRK2", "BRK1");
  }
}
