package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.number;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.port.JournalException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema creation and upgrades, on SQLite files (whose DDL is transactional, like PostgreSQL's).
 */
class JournalSchemaTest {

  private static final Migration ADD_OPERATOR_COLUMN =
      new Migration(
          2,
          "operator of each order",
          List.of("ALTER TABLE journal_entry ADD operator VARCHAR(32)"));

  private static final Migration BROKEN =
      new Migration(
          2,
          "a step that fails halfway",
          List.of(
              "CREATE TABLE journal_extra (id INTEGER NOT NULL PRIMARY KEY)",
              "CREATE TABLE journal_entry (id INTEGER)"));

  @TempDir Path directory;

  private String url() {
    return "jdbc:sqlite:" + directory.resolve("journal.db");
  }

  @Test
  void a_newer_migration_is_applied_to_an_existing_journal_and_its_entries_stay() throws Exception {
    try (JdbcOrderJournal version1 = JdbcOrderJournal.open(url())) {
      version1.recordPending(pending("MIG1", 0));
    }

    try (JdbcOrderJournal version2 = open(withMigration(ADD_OPERATOR_COLUMN))) {
      assertThat(version2.find(number("MIG1"))).isNotEmpty();
      version2.recordPending(pending("MIG2", 1));
    }

    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement();
        ResultSet operators = statement.executeQuery("SELECT operator FROM journal_entry")) {
      assertThat(JournalSchema.readVersion(connection)).isEqualTo(2);
      assertThat(operators.next()).isTrue();
      assertThat(operators.getString(1)).isNull();
    }
  }

  @Test
  void a_failed_migration_is_rolled_back_and_leaves_the_previous_version() throws Exception {
    try (JdbcOrderJournal version1 = JdbcOrderJournal.open(url())) {
      version1.recordPending(pending("KEEP1", 0));
    }

    assertThatThrownBy(() -> open(withMigration(BROKEN)))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith("cannot open the order journal at " + url() + ": ")
        .hasMessageContaining("schema migration 2 (a step that fails halfway) failed");

    try (Connection connection = DriverManager.getConnection(url())) {
      assertThat(JournalSchema.readVersion(connection)).isEqualTo(1);
      assertThat(JournalSchema.tableExists(connection, "journal_extra")).isFalse();
    }
    try (JdbcOrderJournal version1 = JdbcOrderJournal.open(url())) {
      assertThat(version1.find(number("KEEP1"))).isNotEmpty();
    }
  }

  @Test
  void a_failed_first_migration_leaves_an_empty_database() throws SQLException {
    JournalSchema broken =
        new JournalSchema(
            List.of(new Migration(1, "broken", List.of("CREATE TABLE t (id INTEGER)", "NOT SQL"))),
            Clock.systemUTC());

    assertThatThrownBy(() -> JdbcOrderJournal.open(url(), new Properties(), broken))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("schema migration 1 (broken) failed");

    try (Connection connection = DriverManager.getConnection(url())) {
      assertThat(JournalSchema.tableExists(connection, JournalSchema.VERSION_TABLE)).isFalse();
      assertThat(JournalSchema.tableExists(connection, "t")).isFalse();
    }
  }

  @Test
  void migrations_must_be_numbered_without_a_gap() {
    List<Migration> withGap =
        List.of(
            JournalSchema.MIGRATIONS.get(0),
            new Migration(3, "three", List.of("CREATE TABLE three (id INTEGER)")));

    assertThatThrownBy(() -> new JournalSchema(withGap, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number 2 is version 3");
  }

  @Test
  void a_migration_needs_a_positive_version_and_a_statement() {
    assertThatThrownBy(() -> new Migration(0, "zero", List.of("SELECT 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version must be at least 1");
    assertThatThrownBy(() -> new Migration(1, "empty", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no statements");
  }

  private JdbcOrderJournal open(JournalSchema schema) {
    return JdbcOrderJournal.open(url(), new Properties(), schema);
  }

  private static JournalSchema withMigration(Migration next) {
    List<Migration> migrations = new ArrayList<>(JournalSchema.MIGRATIONS);
    migrations.add(next);
    return new JournalSchema(migrations, Clock.systemUTC());
  }
}
