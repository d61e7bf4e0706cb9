package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.T0;
import static io.ecrhub.journal.jdbc.TestEntries.number;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many tills on one journal, proven with real processes (not threads) started at the same moment:
 * the schema is migrated once however many start together, a merchant order number is recorded by
 * one process only, an unfinished order is claimed by one recoverer only, and a crashed recoverer's
 * orders are taken over. Each subclass runs it on one database.
 */
abstract class MultiProcessJournalContract {

  static final int PROCESSES = 4;

  @TempDir Path directory;

  /** The URL of a new, empty journal database. */
  abstract String freshJournalUrl();

  @Test
  void processes_that_open_a_new_journal_at_once_migrate_it_once() throws SQLException {
    for (int round = 1; round <= 3; round++) {
      String url = freshJournalUrl();
      List<List<String>> everyone = new ArrayList<>();
      for (int p = 0; p < PROCESSES; p++) {
        everyone.add(List.of("open", url));
      }

      List<List<String>> outputs;
      try (JournalProcesses processes = JournalProcesses.start(everyone)) {
        outputs = processes.go().awaitOutputs();
      }

      assertThat(outputs)
          .as("round %d", round)
          .allMatch(lines -> lines.get(1).startsWith("opened"));
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement();
          ResultSet versions =
              statement.executeQuery(
                  "SELECT schema_version FROM journal_schema_version ORDER BY schema_version")) {
        List<Integer> applied = new ArrayList<>();
        while (versions.next()) {
          applied.add(versions.getInt(1));
        }
        assertThat(applied).as("round %d", round).containsExactly(1, 2, 3);
      }
      try (JdbcOrderJournal journal = JdbcOrderJournal.open(url)) {
        journal.recordPending(pending("AFTER" + round, 0));
        assertThat(journal.find(number("AFTER" + round))).isNotEmpty();
      }
    }
  }

  @Test
  void of_processes_recording_the_same_numbers_at_once_each_number_goes_to_one() {
    String url = freshJournalUrl();
    int orders = 300;
    long seed = 18_2026L;
    System.out.println("seed=" + seed);
    List<List<String>> everyone = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      everyone.add(
          List.of("record", url, "till-" + p, String.valueOf(orders), String.valueOf(seed + p)));
    }

    List<List<String>> outputs;
    try (JournalProcesses processes = JournalProcesses.start(everyone)) {
      outputs = processes.go().awaitOutputs();
    }

    Map<String, String> recordedBy = new HashMap<>();
    int duplicates = 0;
    for (int p = 0; p < PROCESSES; p++) {
      for (String line : outputs.get(p)) {
        if (line.startsWith("recorded ")) {
          String previous = recordedBy.put(line.substring(9), "till-" + p);
          assertThat(previous).as("seed=%d, %s recorded twice", seed, line).isNull();
        } else if (line.startsWith("duplicate ")) {
          duplicates++;
        }
      }
    }
    assertThat(recordedBy).as("seed=%d", seed).hasSize(orders);
    assertThat(duplicates).isEqualTo(orders * (PROCESSES - 1));
    try (JdbcOrderJournal journal = JdbcOrderJournal.open(url)) {
      List<JournalEntry> entries = journal.recent(orders * 2).toJavaList();
      assertThat(entries).hasSize(orders);
      for (JournalEntry entry : entries) {
        assertThat(entry.tillId())
            .as("the till of %s", entry.merchantOrderNo())
            .isEqualTo(recordedBy.get(entry.merchantOrderNo().value()));
      }
    }
  }

  @Test
  void of_recoverers_claiming_the_same_orders_at_once_each_order_goes_to_one() {
    String url = freshJournalUrl();
    int orders = 200;
    leaveUnfinished(url, "CL", orders);
    List<List<String>> everyone = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      everyone.add(List.of("claim-then-hold", url, "till-" + p, "CL", String.valueOf(orders)));
    }

    // every recoverer stays alive until all are done: a process that ended would leave its claims
    // to be taken over (rightly), which is not what this test is about
    List<List<String>> outputs;
    try (JournalProcesses processes = JournalProcesses.start(everyone)) {
      processes.go();
      for (int p = 0; p < PROCESSES; p++) {
        processes.child(p).awaitLine(JournalProcess.HOLDING);
      }
      for (int p = 0; p < PROCESSES; p++) {
        processes.child(p).closeInput();
      }
      outputs = processes.awaitOutputs();
    }

    Map<String, String> claimedBy = new HashMap<>();
    Set<String> processIds = new HashSet<>();
    for (List<String> lines : outputs) {
      String processId =
          lines.stream()
              .filter(line -> line.startsWith("process "))
              .findFirst()
              .orElseThrow()
              .substring("process ".length());
      processIds.add(processId);
      for (String line : lines) {
        if (line.startsWith("claimed ")) {
          String previous = claimedBy.put(line.substring(8), processId);
          assertThat(previous).as("%s claimed by two processes", line).isNull();
        }
      }
    }
    assertThat(processIds).as("real processes, each its own").hasSize(PROCESSES);
    assertThat(claimedBy).hasSize(orders);
    try (JdbcOrderJournal journal = JdbcOrderJournal.open(url)) {
      for (int i = 0; i < orders; i++) {
        String number = "CL" + i;
        assertThat(journal.find(number(number)).get().claim().map(Claim::holder))
            .as(number)
            .containsExactly(claimedBy.get(number));
      }
    }
  }

  @Test
  void a_crashed_recoverers_orders_are_taken_over_and_a_live_ones_are_not() {
    String url = freshJournalUrl();
    leaveUnfinished(url, "DEAD", 5);
    leaveUnfinished(url, "LIVE", 5);

    try (JournalProcesses crashing =
            JournalProcesses.start(
                List.of(List.of("claim-then-halt", url, "till-1", "DEAD", "5")));
        JournalProcesses holding =
            JournalProcesses.start(
                List.of(List.of("claim-then-hold", url, "till-2", "LIVE", "5")))) {
      crashing.go().awaitOutputs();
      holding.go();
      holding.child(0).awaitLine(JournalProcess.HOLDING);
      assertThat(crashing.child(0).linesStartingWith("claimed ")).hasSize(5);
      assertThat(holding.child(0).linesStartingWith("claimed ")).hasSize(5);

      try (JdbcOrderJournal recoverer =
          JdbcOrderJournal.open(url, new Properties(), JdbcOrderJournal.writerFor("till-3"))) {
        Instant now = Instant.now();
        Instant until = now.plus(Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
          assertThat(recoverer.claim(number("DEAD" + i), now, until))
              .as("DEAD%d, held by a process that died", i)
              .isTrue();
          assertThat(recoverer.claim(number("LIVE" + i), now, until))
              .as("LIVE%d, held by a process that runs", i)
              .isFalse();
        }

        holding.child(0).closeInput();
        holding.child(0).awaitExit();
        Instant later = Instant.now();
        for (int i = 0; i < 5; i++) {
          assertThat(recoverer.claim(number("LIVE" + i), later, later.plusSeconds(60)))
              .as("LIVE%d, once its holder ended", i)
              .isTrue();
        }
      }
    }
  }

  /** {@code count} orders some till sent and left unfinished, nobody holding them. */
  private static void leaveUnfinished(String url, String prefix, int count) {
    try (JdbcOrderJournal till =
        JdbcOrderJournal.open(url, new Properties(), new JournalWriter("till-0", "till-0 gone"))) {
      for (int i = 0; i < count; i++) {
        till.recordPending(pending(prefix + i, i));
        till.markSent(number(prefix + i), T0.plusSeconds(i));
      }
      assertThat(till.unfinished().filter(entry -> entry.state() == JournalState.SENT))
          .hasSizeGreaterThanOrEqualTo(count);
    }
  }
}
