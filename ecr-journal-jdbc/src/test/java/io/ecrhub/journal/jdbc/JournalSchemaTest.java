package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.number;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
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
          JournalSchema.MIGRATIONS.size() + 1,
          "operator of each order",
          List.of("ALTER TABLE journal_entry ADD operator VARCHAR(32)"));

  private static final Migration BROKEN =
      new Migration(
          JournalSchema.MIGRATIONS.size() + 1,
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
      assertThat(JournalSchema.readVersion(connection)).isEqualTo(ADD_OPERATOR_COLUMN.version());
      assertThat(operators.next()).isTrue();
      assertThat(operators.getString(1)).isNull();
    }
  }

  @Test
  void a_journal_file_of_version_1_is_upgraded_and_keeps_every_entry() throws Exception {
    try (Connection connection = DriverManager.getConnection(url());
        Statement insert = connection.createStatement()) {
      connection.setAutoCommit(false);
      firstVersions(1).migrate(connection, url());
      assertThat(JournalSchema.readVersion(connection)).isEqualTo(1);
      // rows as ecr-hub 0.1 wrote them: no tip, cashback or reason columns yet
      insert.executeUpdate(
          "INSERT INTO journal_entry (merchant_order_no, terminal_id, trans_type, order_amount,"
              + " amount_scale, orig_merchant_order_no, journal_state, created_at, updated_at,"
              + " response_code, response_message, trans_no, trans_status, note) VALUES"
              + " ('OLD1', 'ws://10.0.0.7:35779', '1', '12.30', 2, NULL, 'APPROVED', 1000, 2000,"
              + " '000', 'success', 'T1', '2', NULL),"
              + " ('OLD2', 'ws://10.0.0.7:35779', '3', '5.000', 3, 'OLD1', 'PENDING', 3000, 3000,"
              + " NULL, NULL, NULL, NULL, NULL),"
              + " ('OLD3', 'ws://10.0.0.7:35779', '1', '1.00', 2, NULL, 'UNKNOWN', 4000, 5000,"
              + " '108', 'result unknown', NULL, '0', 'queried 3 times')");
      connection.commit();
    }

    try (JdbcOrderJournal current = JdbcOrderJournal.open(url())) {
      JournalEntry approved = current.find(number("OLD1")).get();
      assertThat(approved.state()).isEqualTo(JournalState.APPROVED);
      assertThat(approved.orderAmount().toWire()).isEqualTo("12.30");
      assertThat(approved.transNo()).contains("T1");
      assertThat(approved.tipAmount()).isEmpty();
      assertThat(approved.cashbackAmount()).isEmpty();
      assertThat(approved.decidedBy()).isEmpty();
      JournalEntry refund = current.find(number("OLD2")).get();
      assertThat(refund.origMerchantOrderNo()).contains(number("OLD1"));
      assertThat(refund.orderAmount().toWire()).isEqualTo("5.000");
      assertThat(current.unfinished().map(entry -> entry.merchantOrderNo().value()))
          .containsExactly("OLD2", "OLD3");
      assertThat(current.find(number("OLD3")).get().note()).contains("queried 3 times");

      // the old entries take the new writes
      current.markSent(number("OLD2"), Instant.ofEpochMilli(6000));
      assertThat(current.find(number("OLD2")).get().state()).isEqualTo(JournalState.SENT);
      current.recordPending(pending("NEW1", 0));
    }
    try (Connection connection = DriverManager.getConnection(url())) {
      assertThat(JournalSchema.readVersion(connection)).isEqualTo(JdbcOrderJournal.schemaVersion());
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
        .hasMessageContaining(
            "schema migration " + BROKEN.version() + " (a step that fails halfway) failed");

    try (Connection connection = DriverManager.getConnection(url())) {
      assertThat(JournalSchema.readVersion(connection)).isEqualTo(JdbcOrderJournal.schemaVersion());
      assertThat(JournalSchema.tableExists(connection, "journal_extra")).isFalse();
    }
    try (JdbcOrderJournal version1 = JdbcOrderJournal.open(url())) {
      assertThat(version1.find(number("KEEP1"))).isNotEmpty();
    }
  }

  @Test
  void a_failed_first_migration_leaves_a_database_at_version_0() throws SQLException {
    JournalSchema broken =
        new JournalSchema(
            List.of(new Migration(1, "broken", List.of("CREATE TABLE t (id INTEGER)", "NOT SQL"))),
            Clock.systemUTC());

    assertThatThrownBy(() -> JdbcOrderJournal.open(url(), new Properties(), broken))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("schema migration 1 (broken) failed");

    try (Connection connection = DriverManager.getConnection(url())) {
      // only the bookkeeping tables, which every later attempt needs anyway
      assertThat(JournalSchema.readVersion(connection)).isZero();
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

  /** The schema as an older ecr-hub knew it: its first {@code versions} migrations. */
  private static JournalSchema firstVersions(int versions) {
    return new JournalSchema(JournalSchema.MIGRATIONS.subList(0, versions), Clock.systemUTC());
  }

  private static JournalSchema withMigration(Migration next) {
    List<Migration> migrations = new ArrayList<>(JournalSchema.MIGRATIONS);
    migrations.add(next);
    return new JournalSchema(migrations, Clock.systemUTC());
  }
}
