package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.port.PairedTerminals;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairings kept beside the orders, in the journal's own database: on SQLite and on a real
 * PostgreSQL, remembered across reopening, replaced by a new pairing, forgotten by unpairing.
 */
class PairedTerminalsTest {

  private static final Instant PAIRED = Instant.parse("2026-12-04T10:00:00Z");

  @TempDir Path directory;

  @Test
  void an_sqlite_journal_remembers_pairings_across_reopening_and_forgets_them() {
    Path file = directory.resolve("journal.db");
    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file)) {
      journal
          .pairedTerminals()
          .remember(new PairedTerminal("PP2", "ws://192.168.1.21:35779", "2.3", PAIRED));
      journal
          .pairedTerminals()
          .remember(new PairedTerminal("PP1", "ws://192.168.1.20:35779", "2.3", PAIRED));
    }
    try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(file)) {
      PairedTerminals paired = reopened.pairedTerminals();
      assertThat(paired.list())
          .extracting(PairedTerminal::serialNumber)
          .containsExactly("PP1", "PP2");

      paired.remember(new PairedTerminal("PP1", "ws://192.168.1.30:35779", "2.4", PAIRED));
      assertThat(paired.find("PP1").get().lastAddress()).isEqualTo("ws://192.168.1.30:35779");
      assertThat(paired.list()).hasSize(2);

      assertThat(paired.forget("PP1")).isTrue();
      assertThat(paired.forget("PP1")).isFalse();
      assertThat(paired.list()).extracting(PairedTerminal::serialNumber).containsExactly("PP2");
    }
  }

  @Test
  void a_postgresql_journal_keeps_pairings_too() {
    try (JdbcOrderJournal journal = JdbcOrderJournal.open(PostgresServer.shared().newDatabase())) {
      PairedTerminals paired = journal.pairedTerminals();
      paired.remember(new PairedTerminal("PP9", "ws://10.0.0.9:35779", "", PAIRED));

      assertThat(paired.find("PP9"))
          .contains(new PairedTerminal("PP9", "ws://10.0.0.9:35779", "", PAIRED));
      assertThat(journal.pairedTerminals().list()).hasSize(1);
    }
  }
}
