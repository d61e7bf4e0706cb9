package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.number;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.port.JournalException;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal contract on the default database, an SQLite file, and what is special to files. */
class SqliteOrderJournalTest extends JdbcOrderJournalContract {

  @Override
  String jdbcUrl(Path directory) {
    return "jdbc:sqlite:" + directory.resolve("journal.db");
  }

  @Test
  void the_journal_file_is_in_write_ahead_log_mode() throws SQLException {
    try (Connection connection = rawConnection();
        Statement statement = connection.createStatement();
        ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
      assertThat(mode.next()).isTrue();
      assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void opening_a_file_creates_its_missing_directories() {
    Path file = directory.resolve("a").resolve("b").resolve("journal.db");

    try (JdbcOrderJournal nested = JdbcOrderJournal.openFile(file)) {
      nested.recordPending(pending("DIR1", 0));
      assertThat(nested.name()).isEqualTo("jdbc:sqlite:" + file);
    }

    assertThat(file).isRegularFile();
  }

  @Test
  void a_journal_file_and_the_directories_made_for_it_are_for_their_owner_only()
      throws IOException {
    Path home = directory.resolve("home");
    Files.setPosixFilePermissions(Files.createDirectory(home), perms("rwxr-xr-x"));
    Path file = home.resolve(".ecr").resolve("tills").resolve("journal.db");

    try (JdbcOrderJournal created = JdbcOrderJournal.openFile(file)) {
      created.recordPending(pending("PERM1", 0));
      assertThat(Files.getPosixFilePermissions(file.resolveSibling("journal.db-wal")))
          .as("the write-ahead log")
          .isEqualTo(perms("rw-------"));
    }

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(perms("rwx------"));
    assertThat(Files.getPosixFilePermissions(home.resolve(".ecr"))).isEqualTo(perms("rwx------"));
    assertThat(Files.getPosixFilePermissions(home))
        .as("a directory that was there already")
        .isEqualTo(perms("rwxr-xr-x"));
  }

  @Test
  void an_existing_journal_file_keeps_the_permissions_its_owner_gave_it() throws IOException {
    Path file = directory.resolve("shared-with-group.db");
    Files.setPosixFilePermissions(Files.createFile(file), perms("rw-rw----")); // past the umask

    try (JdbcOrderJournal existing = JdbcOrderJournal.openFile(file)) {
      existing.recordPending(pending("PERM2", 0));
    }

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms("rw-rw----"));
  }

  private static java.util.Set<PosixFilePermission> perms(String text) {
    return PosixFilePermissions.fromString(text);
  }

  @Test
  void the_default_location_is_created_under_the_home_directory() {
    Path home = directory.resolve("home");
    JournalLocation location = JournalLocation.resolve(Option.none(), Map.of(), home);

    try (JdbcOrderJournal atDefault = JdbcOrderJournal.open(location)) {
      atDefault.recordPending(pending("HOME1", 0));
    }

    assertThat(home.resolve(".ecr").resolve("journal.db")).isRegularFile();
  }

  @Test
  void a_regular_file_where_the_directory_should_be_is_reported_clearly() throws IOException {
    Path blocker = Files.writeString(directory.resolve("blocker"), "not a directory");
    Path file = blocker.resolve("journal.db");

    assertThatThrownBy(() -> JdbcOrderJournal.openFile(file))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith("cannot open the order journal at jdbc:sqlite:" + file + ": ")
        .hasMessageContaining(blocker + " is in the way and is not a directory");
  }

  @Test
  void a_regular_file_deeper_up_the_path_is_reported_clearly() throws IOException {
    Path blocker = Files.writeString(directory.resolve("blocker"), "not a directory");
    Path file = blocker.resolve("sub").resolve("journal.db");

    assertThatThrownBy(() -> JdbcOrderJournal.openFile(file))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith("cannot open the order journal at jdbc:sqlite:" + file + ": ")
        .hasMessageContaining("cannot create its directory");
  }

  @Test
  void a_directory_where_the_file_should_be_is_reported_clearly() throws IOException {
    Path file = Files.createDirectory(directory.resolve("journal-dir.db"));

    assertThatThrownBy(() -> JdbcOrderJournal.openFile(file))
        .isInstanceOf(JournalException.class)
        .hasMessage(
            "cannot open the order journal at jdbc:sqlite:"
                + file
                + ": "
                + file
                + " is a directory, not a journal file");
  }

  @Test
  void a_file_that_is_not_a_database_is_reported_clearly() throws IOException {
    Path file = directory.resolve("garbage.db");
    Files.writeString(file, "this is a shopping list, not a database\n".repeat(200));

    assertThatThrownBy(() -> JdbcOrderJournal.openFile(file))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith("cannot open the order journal at jdbc:sqlite:" + file + ": ")
        .hasMessageContaining("not a database");
  }

  @Test
  void an_entry_survives_a_process_that_died_without_closing_the_journal() throws Exception {
    Path file = directory.resolve("crash").resolve("journal.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                RecordPendingThenHalt.class.getName(),
                file.toString(),
                "CRASH1")
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes());

    assertThat(child.waitFor()).as(output).isEqualTo(RecordPendingThenHalt.EXIT_AFTER_RECORDING);
    try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(file)) {
      assertThat(reopened.find(number("CRASH1"))).isNotEmpty();
      assertThat(numbers(reopened.unfinished())).containsExactly("CRASH1");
    }
  }
}
