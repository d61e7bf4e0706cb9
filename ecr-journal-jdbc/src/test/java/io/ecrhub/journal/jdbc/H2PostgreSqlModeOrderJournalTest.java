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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal contract on H2 in PostgreSQL mode: a second database with its own SQL dialect and
 * strict column sizes, standing in for PostgreSQL itself.
 */
class H2PostgreSqlModeOrderJournalTest extends JdbcOrderJournalContract {

  @Override
  String jdbcUrl(Path directory) {
    return "jdbc:h2:file:"
        + directory.resolve("journal")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  @Test
  void after_its_connection_broke_the_journal_connects_again_on_the_next_call()
      throws SQLException {
    journal.recordPending(pending("BRK1", 0));

    try (Connection killer = rawConnection()) {
      for (long session : otherSessions(killer)) {
        try (Statement abort = killer.createStatement()) {
          abort.execute("CALL ABORT_SESSION(" + session + ")");
        }
      }
      // the failing call reports the broken connection, naming the journal
      assertThatThrownBy(() -> journal.find(number("BRK1")))
          .isInstanceOf(JournalException.class)
          .hasMessageStartingWith("cannot read the order journal at " + jdbcUrl(directory));

      journal.recordPending(pending("BRK2", 1));
      assertThat(numbers(journal.recent(10))).containsExactly("BRK2", "BRK1");
    }
  }

  private static List<Long> otherSessions(Connection connection) throws SQLException {
    List<Long> sessions = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS"
                    + " WHERE SESSION_ID <> SESSION_ID()")) {
      while (rows.next()) {
        sessions.add(rows.getLong(1));
      }
    }
    assertThat(sessions).as("the journal's own session").hasSize(1);
    return sessions;
  }
}
