package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.T0;
import static io.ecrhub.journal.jdbc.TestEntries.approved;
import static io.ecrhub.journal.jdbc.TestEntries.complete;
import static io.ecrhub.journal.jdbc.TestEntries.inState;
import static io.ecrhub.journal.jdbc.TestEntries.number;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static io.ecrhub.journal.jdbc.TestEntries.settlement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every database behind {@link JdbcOrderJournal} must do. Each subclass runs all of it against
 * one real database, so the same SQL is proven on each.
 */
abstract class JdbcOrderJournalContract {

  @TempDir Path directory;

  JdbcOrderJournal journal;

  /** The URL of a journal database inside {@code directory}, the same on every call. */
  abstract String jdbcUrl(Path directory);

  @BeforeEach
  void openJournal() {
    journal = JdbcOrderJournal.open(jdbcUrl(directory));
  }

  /** Other handles a test opened (other tills, other processes); closed after it. */
  private final List<JdbcOrderJournal> others = new ArrayList<>();

  @AfterEach
  void closeJournal() {
    journal.close();
    others.forEach(JdbcOrderJournal::close);
  }

  /** Another handle on the same database, written by {@code writer}. */
  JdbcOrderJournal openAs(JournalWriter writer) {
    JdbcOrderJournal other = JdbcOrderJournal.open(jdbcUrl(directory), new Properties(), writer);
    others.add(other);
    return other;
  }

  Connection rawConnection() throws SQLException {
    return java.sql.DriverManager.getConnection(jdbcUrl(directory));
  }

  @Test
  void an_entry_reads_back_with_every_field() {
    JournalEntry entry = complete("A1");

    journal.recordPending(entry);

    assertThat(journal.find(entry.merchantOrderNo())).containsExactly(entry);
  }

  @Test
  void a_pending_entry_has_committed_when_recordPending_returns() throws SQLException {
    journal.recordPending(pending("COMMIT1", 0));

    // another connection sees only committed rows
    try (Connection other = rawConnection();
        PreparedStatement query =
            other.prepareStatement(
                "SELECT journal_state, order_amount, amount_scale, created_at"
                    + " FROM journal_entry WHERE merchant_order_no = ?")) {
      query.setString(1, "COMMIT1");
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("PENDING");
        assertThat(row.getString(2)).isEqualTo("34.50");
        assertThat(row.getInt(3)).isEqualTo(2);
        assertThat(row.getLong(4)).isEqualTo(T0.toEpochMilli());
      }
    }
  }

  @Test
  void absent_optional_fields_read_back_as_none_and_empty_text_as_some() {
    JournalEntry bare = pending("A2", 0);
    JournalEntry emptyTexts =
        new JournalEntry(
            "",
            "",
            number("A3"),
            TransactionType.of("7"),
            Amount.parseOrThrow("0"),
            Option.none(),
            Option.none(),
            Option.none(),
            JournalState.PENDING,
            T0,
            T0,
            Option.some(ResponseCode.of("X1")),
            Option.some(""),
            Option.some(""),
            Option.some(TransactionStatus.of("4")),
            Option.some(""),
            Option.some(""),
            Option.none());

    journal.recordPending(bare);
    journal.recordPending(emptyTexts);

    assertThat(journal.find(bare.merchantOrderNo())).containsExactly(bare);
    assertThat(journal.find(emptyTexts.merchantOrderNo())).containsExactly(emptyTexts);
  }

  @Test
  void amounts_read_back_exactly_at_their_currency_scale() {
    List<Amount> amounts =
        List.of(
            Amount.parseOrThrow("34.50"),
            Amount.parseOrThrow("0.00"),
            Amount.parseOrThrow("999999999999.00"),
            Amount.ofMinorUnits(999_999_999_999_000L, CurrencyScale.THREE),
            Amount.ofMinorUnits(1_000, CurrencyScale.ZERO),
            Amount.ofMinorUnits(1_005, CurrencyScale.THREE),
            Amount.ofMinorUnits(10, CurrencyScale.THREE));
    for (int i = 0; i < amounts.size(); i++) {
      JournalEntry pending = pending("AMT" + i, i);
      journal.recordPending(
          new JournalEntry(
              pending.tillId(),
              pending.terminalId(),
              pending.merchantOrderNo(),
              pending.type(),
              amounts.get(i),
              pending.origMerchantOrderNo(),
              pending.tipAmount(),
              pending.cashbackAmount(),
              pending.state(),
              pending.createdAt(),
              pending.updatedAt(),
              pending.responseCode(),
              pending.responseMessage(),
              pending.transNo(),
              pending.transStatus(),
              pending.note(),
              pending.decidedBy(),
              pending.claim()));
    }

    for (int i = 0; i < amounts.size(); i++) {
      Amount read = journal.find(number("AMT" + i)).get().orderAmount();
      assertThat(read).isEqualTo(amounts.get(i));
      assertThat(read.toWire()).isEqualTo(amounts.get(i).toWire());
      assertThat(read.scale()).isEqualTo(amounts.get(i).scale());
    }
  }

  @Test
  void times_are_kept_to_the_millisecond() {
    Instant withNanos = Instant.parse("2025-03-01T09:30:00.123456789Z");
    JournalEntry pending = pending("TIME1", 0);
    journal.recordPending(
        new JournalEntry(
            pending.tillId(),
            pending.terminalId(),
            pending.merchantOrderNo(),
            pending.type(),
            pending.orderAmount(),
            pending.origMerchantOrderNo(),
            pending.tipAmount(),
            pending.cashbackAmount(),
            pending.state(),
            withNanos,
            withNanos,
            pending.responseCode(),
            pending.responseMessage(),
            pending.transNo(),
            pending.transStatus(),
            pending.note(),
            pending.decidedBy(),
            pending.claim()));

    JournalEntry read = journal.find(pending.merchantOrderNo()).get();

    assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-03-01T09:30:00.123Z"));
    assertThat(read.updatedAt()).isEqualTo(Instant.parse("2025-03-01T09:30:00.123Z"));
  }

  @Test
  void an_order_number_recorded_twice_is_refused_and_the_first_entry_stays() {
    JournalEntry first = pending("DUP1", 0);
    journal.recordPending(first);
    JournalEntry second = complete("DUP1");

    assertThatThrownBy(() -> journal.recordPending(second))
        .isInstanceOf(DuplicateOrderException.class)
        .hasMessageContaining("DUP1")
        .satisfies(
            thrown ->
                assertThat(((DuplicateOrderException) thrown).merchantOrderNo())
                    .isEqualTo(first.merchantOrderNo()));
    assertThat(journal.find(first.merchantOrderNo())).containsExactly(first);
  }

  @Test
  void an_order_number_stays_taken_after_its_order_finished() {
    JournalEntry first = pending("DUP2", 0);
    journal.recordPending(first);
    journal.recordOutcome(first.merchantOrderNo(), approved(T0.plusSeconds(3), "T1"));

    assertThatThrownBy(() -> journal.recordPending(pending("DUP2", 10)))
        .isInstanceOf(DuplicateOrderException.class);
    // the journal still works after the refused write
    journal.recordPending(pending("DUP3", 11));
    assertThat(journal.find(number("DUP3"))).isNotEmpty();
  }

  @Test
  void an_outcome_replaces_state_time_and_note_and_sets_the_terminal_fields() {
    JournalEntry pending = pending("OUT1", 0);
    journal.recordPending(pending);
    Settlement approved = approved(T0.plusSeconds(4), "T20250301");

    journal.recordOutcome(pending.merchantOrderNo(), approved);

    JournalEntry read = journal.find(pending.merchantOrderNo()).get();
    assertThat(read).isEqualTo(pending.settledBy(approved));
    assertThat(read.state()).isEqualTo(JournalState.APPROVED);
    assertThat(read.createdAt()).isEqualTo(pending.createdAt());
    assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(4));
    assertThat(read.transNo()).contains("T20250301");
  }

  @Test
  void absent_settlement_fields_keep_what_the_entry_held_but_the_note_is_replaced() {
    JournalEntry entry = complete("OUT2");
    journal.recordPending(entry);
    Settlement stateOnly = settlement(JournalState.DECLINED, T0.plusSeconds(9));

    journal.recordOutcome(entry.merchantOrderNo(), stateOnly);

    JournalEntry read = journal.find(entry.merchantOrderNo()).get();
    assertThat(read).isEqualTo(entry.settledBy(stateOnly));
    assertThat(read.responseCode()).isEqualTo(entry.responseCode());
    assertThat(read.responseMessage()).isEqualTo(entry.responseMessage());
    assertThat(read.transNo()).isEqualTo(entry.transNo());
    assertThat(read.transStatus()).isEqualTo(entry.transStatus());
    assertThat(read.note()).isEmpty();
  }

  @Test
  void an_outcome_for_an_order_the_journal_does_not_hold_is_ignored() {
    journal.recordOutcome(number("NOSUCH"), approved(T0, "T1"));

    assertThat(journal.find(number("NOSUCH"))).isEmpty();
    assertThat(journal.recent(10)).isEmpty();
  }

  @Test
  void seeded_random_entries_and_outcomes_read_back_as_settledBy_says() {
    long seed = 20250301L;
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    List<JournalEntry> expected = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      JournalEntry entry = randomEntry(random, "RND" + i, i);
      journal.recordPending(entry);
      for (int outcomes = random.nextInt(3); outcomes > 0; outcomes--) {
        Settlement settlement = randomSettlement(random, entry.updatedAt().plusMillis(250));
        journal.recordOutcome(entry.merchantOrderNo(), settlement);
        entry = entry.settledBy(settlement);
      }
      expected.add(entry);
    }

    for (JournalEntry entry : expected) {
      assertThat(journal.find(entry.merchantOrderNo()))
          .as("seed=%d, order %s", seed, entry.merchantOrderNo())
          .containsExactly(entry);
    }
  }

  @Test
  void unfinished_holds_pending_sent_and_unknown_entries_oldest_first() {
    journal.recordPending(inState("U3", 30, JournalState.UNKNOWN));
    journal.recordPending(inState("F1", 5, JournalState.APPROVED));
    journal.recordPending(inState("U1", 10, JournalState.PENDING));
    journal.recordPending(inState("F2", 15, JournalState.DECLINED));
    journal.recordPending(inState("F3", 20, JournalState.NOT_SENT));
    journal.recordPending(inState("F4", 21, JournalState.MISMATCH));
    journal.recordPending(inState("U2", 20, JournalState.SENT));
    // settled later: an outcome moves an entry out of (or back into) the unfinished ones
    journal.recordPending(pending("U0", 1));
    journal.recordPending(pending("F0", 2));
    journal.recordOutcome(number("U0"), settlement(JournalState.UNKNOWN, T0.plusSeconds(50)));
    journal.recordOutcome(number("F0"), approved(T0.plusSeconds(51), "T9"));

    Seq<JournalEntry> unfinished = journal.unfinished();

    assertThat(unfinished.map(entry -> entry.merchantOrderNo().value()))
        .containsExactly("U0", "U1", "U2", "U3");
    assertThat(unfinished.map(JournalEntry::state))
        .containsExactly(
            JournalState.UNKNOWN, JournalState.PENDING, JournalState.SENT, JournalState.UNKNOWN);
  }

  @Test
  void marking_an_order_sent_has_committed_when_markSent_returns() throws SQLException {
    // every field set, in state PENDING
    JournalEntry pending =
        complete("SENT1")
            .settledBy(settlement(JournalState.PENDING, T0))
            .claimedBy(new Claim(journal.writer().processId(), T0.plusSeconds(300)));
    journal.recordPending(pending("SENT0", 0));
    journal.recordPending(pending);
    Instant at = T0.plusMillis(1_250);

    journal.markSent(number("SENT1"), at);

    assertThat(journal.find(number("SENT1")).get()).isEqualTo(pending.sentAt(at));
    assertThat(journal.find(number("SENT0")).get().state()).isEqualTo(JournalState.PENDING);
    try (Connection other = rawConnection();
        PreparedStatement query =
            other.prepareStatement(
                "SELECT journal_state, updated_at FROM journal_entry WHERE merchant_order_no = ?")) {
      query.setString(1, "SENT1");
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("SENT");
        assertThat(row.getLong(2)).isEqualTo(at.toEpochMilli());
      }
    }
  }

  @Test
  void an_order_no_longer_pending_or_taken_over_is_not_marked_sent_and_the_mark_says_why() {
    journal.recordPending(pending("MS1", 0));
    journal.recordOutcome(number("MS1"), approved(T0.plusSeconds(3), "T3"));
    JournalEntry settled = journal.find(number("MS1")).get();
    journal.recordPending(pending("MS2", 1));
    journal.markSent(number("MS2"), T0.plusSeconds(2));
    JournalEntry sent = journal.find(number("MS2")).get();
    JournalEntry takenOver =
        pending("MS3", 2).claimedBy(new Claim("a recoverer elsewhere", T0.plusSeconds(60)));
    journal.recordPending(takenOver);

    assertThatThrownBy(() -> journal.markSent(number("MS1"), T0.plusSeconds(9)))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot mark order MS1 sent: it is APPROVED in the journal, no longer pending");
    assertThatThrownBy(() -> journal.markSent(number("MS2"), T0.plusSeconds(9)))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("it is SENT in the journal");
    assertThatThrownBy(() -> journal.markSent(number("MS3"), T0.plusSeconds(9)))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot mark order MS3 sent: a recoverer elsewhere has taken it over");
    assertThatThrownBy(() -> journal.markSent(number("NOSUCH"), T0.plusSeconds(9)))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot mark order NOSUCH sent: the journal does not hold it");

    assertThat(journal.find(number("MS1"))).containsExactly(settled);
    assertThat(journal.find(number("MS2"))).containsExactly(sent);
    assertThat(sent.updatedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(journal.find(number("MS3"))).containsExactly(takenOver);
    // once that claim ended, the order may leave after all
    journal.markSent(number("MS3"), T0.plusSeconds(60));
    assertThat(journal.find(number("MS3")).get().state()).isEqualTo(JournalState.SENT);
  }

  @Test
  void a_mismatch_reads_back_with_its_differences_and_why_it_was_decided() {
    JournalEntry entry = pending("MM1", 0);
    journal.recordPending(entry);
    journal.markSent(entry.merchantOrderNo(), T0.plusSeconds(1));
    Settlement mismatch =
        new Settlement(
            JournalState.MISMATCH,
            T0.plusSeconds(4),
            Option.some(ResponseCode.SUCCESS),
            Option.none(),
            Option.some("T88"),
            Option.some(TransactionStatus.COMPLETED),
            Option.some("differs from the order sent: order_amount 0.01 (sent 34.50)"),
            Option.some("mismatch: query #1 said status 2, but order_amount 0.01 (sent 34.50)"));

    journal.recordOutcome(entry.merchantOrderNo(), mismatch);

    JournalEntry read = journal.find(entry.merchantOrderNo()).get();
    assertThat(read).isEqualTo(entry.sentAt(T0.plusSeconds(1)).settledBy(mismatch));
    assertThat(read.state().isFinished()).isTrue();
    assertThat(read.state().needsAttention()).isTrue();
    assertThat(read.decidedBy()).contains(mismatch.decidedBy().get());
  }

  @Test
  void tip_and_cashback_read_back_at_the_order_scale_and_another_scale_is_refused() {
    JournalEntry entry = complete("TIP1");
    journal.recordPending(entry);
    assertThat(journal.find(entry.merchantOrderNo()).get().tipAmount().get().toWire())
        .isEqualTo("1.500");
    assertThat(journal.find(entry.merchantOrderNo()).get().cashbackAmount().get().toWire())
        .isEqualTo("20.000");

    JournalEntry otherScale =
        new JournalEntry(
            entry.tillId(),
            entry.terminalId(),
            number("TIP2"),
            entry.type(),
            Amount.parseOrThrow("10.00"),
            entry.origMerchantOrderNo(),
            Option.some(Amount.ofMinorUnits(1_000, CurrencyScale.THREE)),
            Option.none(),
            JournalState.PENDING,
            T0,
            T0,
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none());
    assertThatThrownBy(() -> journal.recordPending(otherScale))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("tip_amount 1.000 must use the currency scale of order_amount 10.00");
    assertThat(journal.find(number("TIP2"))).isEmpty();
  }

  @Test
  void a_settlement_without_a_reason_keeps_the_reason_the_entry_held() {
    JournalEntry entry = complete("WHY1");
    journal.recordPending(entry);

    journal.recordOutcome(
        entry.merchantOrderNo(), settlement(JournalState.UNKNOWN, T0.plusSeconds(30)));

    assertThat(journal.find(entry.merchantOrderNo()).get().decidedBy())
        .isEqualTo(entry.decidedBy());
  }

  @Test
  void recent_returns_at_most_limit_entries_newest_first() {
    journal.recordPending(pending("R2", 2));
    journal.recordPending(pending("R4", 4));
    journal.recordPending(pending("R1", 1));
    journal.recordPending(pending("R3", 3));
    // an outcome does not make an entry more recent: recent() is by creation time
    journal.recordOutcome(number("R1"), approved(T0.plusSeconds(99), "T1"));

    assertThat(numbers(journal.recent(3))).containsExactly("R4", "R3", "R2");
    assertThat(numbers(journal.recent(100))).containsExactly("R4", "R3", "R2", "R1");
    assertThat(journal.recent(0)).isEmpty();
    assertThatThrownBy(() -> journal.recent(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void entries_created_in_the_same_millisecond_are_ordered_by_number() {
    journal.recordPending(pending("SAMEB", 7));
    journal.recordPending(pending("SAMEA", 7));
    journal.recordPending(pending("SAMEC", 7));

    assertThat(numbers(journal.unfinished())).containsExactly("SAMEA", "SAMEB", "SAMEC");
    assertThat(numbers(journal.recent(10))).containsExactly("SAMEC", "SAMEB", "SAMEA");
  }

  @Test
  void a_reopened_journal_reads_back_everything() {
    JournalEntry settled = pending("RE1", 1);
    Settlement approved = approved(T0.plusSeconds(5), "T77");
    JournalEntry full = complete("RE2");
    JournalEntry open = pending("RE3", 3);
    journal.recordPending(settled);
    journal.recordOutcome(settled.merchantOrderNo(), approved);
    journal.recordPending(full);
    journal.recordPending(open);
    journal.close();

    journal = JdbcOrderJournal.open(jdbcUrl(directory));

    assertThat(journal.find(settled.merchantOrderNo()))
        .containsExactly(settled.settledBy(approved));
    assertThat(journal.find(full.merchantOrderNo())).containsExactly(full);
    assertThat(journal.unfinished()).containsExactly(full, open);
    assertThat(numbers(journal.recent(10))).containsExactly("RE3", "RE1", "RE2");
    assertThatThrownBy(() -> journal.recordPending(pending("RE1", 9)))
        .isInstanceOf(DuplicateOrderException.class);
  }

  @Test
  void the_schema_version_table_records_each_migration_once() throws SQLException {
    journal.close();
    journal = JdbcOrderJournal.open(jdbcUrl(directory)); // a second open migrates nothing

    try (Connection connection = rawConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT schema_version, description, applied_at FROM journal_schema_version"
                    + " ORDER BY schema_version")) {
      List<Integer> versions = new ArrayList<>();
      while (rows.next()) {
        versions.add(rows.getInt(1));
        assertThat(rows.getString(2)).isNotBlank();
        assertThat(rows.getLong(3)).isPositive();
      }
      assertThat(versions).containsExactly(1, 2, 3);
    }
    assertThat(JdbcOrderJournal.schemaVersion()).isEqualTo(3);
  }

  @Test
  void a_database_with_a_newer_schema_is_refused_with_a_clear_message() throws SQLException {
    journal.close();
    try (Connection connection = rawConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO journal_schema_version (schema_version, description, applied_at)"
                    + " VALUES (?, ?, ?)")) {
      insert.setInt(1, 7);
      insert.setString(2, "written by a future ecr-hub");
      insert.setLong(3, T0.toEpochMilli());
      insert.executeUpdate();
    }

    assertThatThrownBy(() -> JdbcOrderJournal.open(jdbcUrl(directory)))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("cannot open the order journal at " + jdbcUrl(directory))
        .hasMessageContaining("schema is version 7")
        .hasMessageContaining("knows versions up to " + JdbcOrderJournal.schemaVersion());
  }

  @Test
  void concurrent_writers_each_find_their_orders_and_outcomes() throws Exception {
    int threads = 4;
    int ordersPerThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<Void> writer =
            () -> {
              start.await();
              for (int i = 0; i < ordersPerThread; i++) {
                String number = "C" + thread + "N" + i;
                journal.recordPending(pending(number, i));
                assertThat(journal.find(number(number))).isNotEmpty();
                journal.recordOutcome(number(number), approved(T0.plusSeconds(60 + i), number));
              }
              return null;
            };
        done.add(pool.submit(writer));
      }
      start.countDown();
      for (Future<Void> writer : done) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(journal.unfinished()).isEmpty();
    assertThat(journal.recent(1_000)).hasSize(threads * ordersPerThread);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < ordersPerThread; i++) {
        String number = "C" + t + "N" + i;
        JournalEntry entry = journal.find(number(number)).get();
        assertThat(entry.state()).as(number).isEqualTo(JournalState.APPROVED);
        assertThat(entry.transNo()).as(number).contains(number);
      }
    }
  }

  @Test
  void of_several_threads_recording_the_same_number_exactly_one_wins() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    journal.recordPending(pending("RACE1", thread));
                    return true;
                  } catch (DuplicateOrderException refused) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> attempt : attempts) {
        winners += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(journal.recent(10)).hasSize(1);
  }

  @Test
  void over_long_free_text_is_cut_to_fit() {
    JournalEntry entry = pending("LONG1", 0);
    journal.recordPending(entry);
    String longMessage = "m".repeat(EntryTable.RESPONSE_MESSAGE_LENGTH + 50);
    String longNote = "n".repeat(EntryTable.NOTE_LENGTH + 1);
    Settlement verbose =
        new Settlement(
            JournalState.DECLINED,
            T0.plusSeconds(1),
            Option.some(ResponseCode.REJECTED),
            Option.some(longMessage),
            Option.some("t".repeat(EntryTable.TRANS_NO_LENGTH)),
            Option.none(),
            Option.some(longNote),
            Option.some("d".repeat(EntryTable.DECIDED_BY_LENGTH + 7)));

    journal.recordOutcome(entry.merchantOrderNo(), verbose);

    JournalEntry read = journal.find(entry.merchantOrderNo()).get();
    assertThat(read.responseMessage().get())
        .hasSize(EntryTable.RESPONSE_MESSAGE_LENGTH)
        .startsWith("mmm")
        .endsWith("…");
    assertThat(read.note().get()).hasSize(EntryTable.NOTE_LENGTH).endsWith("…");
    assertThat(read.decidedBy().get()).hasSize(EntryTable.DECIDED_BY_LENGTH).endsWith("…");
    assertThat(read.transNo().get()).hasSize(EntryTable.TRANS_NO_LENGTH);
  }

  /**
   * A hostile or broken terminal answers with values longer than the journal's columns: the order
   * is settled all the same, its values stored cut, and the note says so — never left unfinished.
   */
  @Test
  void
      terminal_values_longer_than_their_columns_are_stored_cut_with_a_flag_and_the_order_settles() {
    JournalEntry entry = pending("LONG2", 0);
    journal.recordPending(entry);
    Settlement outsized =
        new Settlement(
            JournalState.APPROVED,
            T0.plusSeconds(2),
            Option.some(ResponseCode.of("0".repeat(EntryTable.CODE_LENGTH) + "1")),
            Option.none(),
            Option.some("t".repeat(EntryTable.TRANS_NO_LENGTH + 45)),
            Option.some(TransactionStatus.of("2" + "9".repeat(EntryTable.CODE_LENGTH + 3))),
            Option.some("approved"),
            Option.some("approved: the order's answer said status 2"));

    journal.recordOutcome(entry.merchantOrderNo(), outsized);

    JournalEntry read = journal.find(entry.merchantOrderNo()).get();
    assertThat(read.state()).as("settled, not left unfinished").isEqualTo(JournalState.APPROVED);
    assertThat(journal.unfinished()).doesNotContain(read);
    assertThat(read.transNo().get())
        .hasSize(EntryTable.TRANS_NO_LENGTH)
        .startsWith("ttt")
        .endsWith("…");
    assertThat(read.transStatus().get().code()).hasSize(EntryTable.CODE_LENGTH).startsWith("2999");
    assertThat(read.responseCode().get().code()).hasSize(EntryTable.CODE_LENGTH);
    assertThat(read.note().get())
        .startsWith(EntryRows.TRUNCATED_FLAG)
        .contains(
            "trans_no cut to "
                + EntryTable.TRANS_NO_LENGTH
                + " of "
                + (EntryTable.TRANS_NO_LENGTH + 45)
                + " characters")
        .contains("trans_status cut to " + EntryTable.CODE_LENGTH)
        .contains("response_code cut to " + EntryTable.CODE_LENGTH)
        .endsWith("] approved");
  }

  @Test
  void a_row_no_entry_can_be_made_of_is_reported_naming_the_order() throws SQLException {
    journal.recordPending(pending("BAD1", 0));
    journal.recordPending(pending("BAD2", 1));
    try (Connection other = rawConnection();
        Statement update = other.createStatement()) {
      update.executeUpdate(
          "UPDATE journal_entry SET journal_state = 'LOST' WHERE merchant_order_no = 'BAD1'");
      update.executeUpdate(
          "UPDATE journal_entry SET order_amount = '3.4.5' WHERE merchant_order_no = 'BAD2'");
    }

    assertThatThrownBy(() -> journal.find(number("BAD1")))
        .isInstanceOf(JournalException.class)
        .hasMessage(
            "cannot read the order journal at "
                + jdbcUrl(directory)
                + ": the entry of order 'BAD1' cannot be read: its state 'LOST' is not known");
    assertThatThrownBy(() -> journal.recent(10))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("the entry of order 'BAD2' cannot be read: its amount '3.4.5'");
  }

  @Test
  void a_closed_journal_refuses_every_call_and_closing_again_does_nothing() {
    journal.recordPending(pending("CL1", 0));
    journal.close();
    journal.close();

    assertThatThrownBy(() -> journal.recordPending(pending("CL2", 1)))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot write the order journal at " + jdbcUrl(directory) + ": it is closed");
    assertThatThrownBy(() -> journal.find(number("CL1")))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("cannot read the order journal");
    assertThatThrownBy(() -> journal.unfinished()).isInstanceOf(JournalException.class);
  }

  @Test
  void a_journal_writes_as_this_host_by_default_and_as_the_till_it_is_given() {
    assertThat(journal.writer().tillId()).isEqualTo(JdbcOrderJournal.defaultTillId());
    assertThat(journal.writer().processId()).contains(" pid " + ProcessHandle.current().pid());
    JdbcOrderJournal till9 = openAs(JdbcOrderJournal.writerFor("till-9"));
    JournalEntry entry =
        JournalEntry.pending(till9.writer(), TestEntries.TERMINAL, TestEntries.sale("TILL1"), T0);

    till9.recordPending(entry);

    assertThat(journal.find(number("TILL1")).get().tillId()).isEqualTo("till-9");
    assertThat(till9.writer().processId()).isEqualTo(journal.writer().processId());
  }

  @Test
  void a_number_one_till_recorded_is_refused_to_every_other_till() {
    JdbcOrderJournal till8 = openAs(new JournalWriter("till-8", "till-8 process"));
    journal.recordPending(pending("SHARED1", 0));

    assertThatThrownBy(() -> till8.recordPending(pending("SHARED1", 1)))
        .isInstanceOf(DuplicateOrderException.class);
    assertThat(till8.find(number("SHARED1")).get().createdAt()).isEqualTo(T0);
  }

  @Test
  void a_claim_excludes_other_processes_until_it_ends_and_its_holder_renews_it() {
    JdbcOrderJournal other = openAs(new JournalWriter("till-8", "till-8 on another host"));
    journal.recordPending(pending("CLM1", 0));
    journal.markSent(number("CLM1"), T0);

    assertThat(journal.claim(number("CLM1"), T0, T0.plusSeconds(30))).isTrue();
    assertThat(other.claim(number("CLM1"), T0.plusSeconds(29), T0.plusSeconds(99))).isFalse();
    assertThat(journal.claim(number("CLM1"), T0.plusSeconds(20), T0.plusSeconds(50)))
        .as("renewed")
        .isTrue();
    assertThat(other.claim(number("CLM1"), T0.plusSeconds(49), T0.plusSeconds(99))).isFalse();
    assertThat(journal.find(number("CLM1")).get().claim())
        .containsExactly(new Claim(journal.writer().processId(), T0.plusSeconds(50)));

    assertThat(other.claim(number("CLM1"), T0.plusSeconds(50), T0.plusSeconds(99)))
        .as("taken over once it ended")
        .isTrue();
    assertThat(journal.find(number("CLM1")).get().claim())
        .containsExactly(new Claim("till-8 on another host", T0.plusSeconds(99)));
  }

  @Test
  void settling_releases_the_settling_processes_claim_and_no_other() {
    JdbcOrderJournal other = openAs(new JournalWriter("till-8", "till-8 on another host"));
    journal.recordPending(pending("REL1", 0));
    journal.recordPending(pending("REL2", 1));
    journal.claim(number("REL1"), T0, T0.plusSeconds(30));
    other.claim(number("REL2"), T0, T0.plusSeconds(30));

    journal.recordOutcome(number("REL1"), settlement(JournalState.UNKNOWN, T0.plusSeconds(5)));
    journal.recordOutcome(number("REL2"), settlement(JournalState.UNKNOWN, T0.plusSeconds(5)));

    assertThat(journal.find(number("REL1")).get().claim()).isEmpty();
    assertThat(journal.find(number("REL2")).get().claim().map(Claim::holder))
        .containsExactly("till-8 on another host");
    assertThat(other.claim(number("REL1"), T0.plusSeconds(6), T0.plusSeconds(9))).isTrue();
  }

  @Test
  void finished_and_unknown_numbers_cannot_be_claimed() {
    journal.recordPending(pending("FIN1", 0));
    journal.recordOutcome(number("FIN1"), approved(T0.plusSeconds(1), "T1"));

    assertThat(journal.claim(number("FIN1"), T0, T0.plusSeconds(9))).isFalse();
    assertThat(journal.claim(number("NOSUCH"), T0, T0.plusSeconds(9))).isFalse();
    assertThat(journal.find(number("FIN1")).get().claim()).isEmpty();
  }

  @Test
  void a_claim_of_a_process_of_this_host_that_no_longer_runs_is_taken_over_at_once()
      throws Exception {
    Process gone = new ProcessBuilder("sleep", "30").start();
    String goneProcess = Processes.describe(gone.toHandle());
    gone.destroyForcibly().waitFor();
    JournalEntry crashed =
        pending("DEAD1", 0).claimedBy(new Claim(goneProcess, T0.plusSeconds(3_600)));
    JournalEntry elsewhere =
        pending("ALIVE1", 1)
            .claimedBy(
                new Claim(
                    "another-host pid 1 started 2025-03-01T09:00:00Z", T0.plusSeconds(3_600)));
    journal.recordPending(crashed);
    journal.recordPending(elsewhere);

    assertThat(Processes.isGone(goneProcess)).isTrue();
    assertThat(Processes.isGone(journal.writer().processId())).isFalse();
    assertThat(journal.claim(number("DEAD1"), T0, T0.plusSeconds(60))).isTrue();
    assertThat(journal.find(number("DEAD1")).get().claim().map(Claim::holder))
        .containsExactly(journal.writer().processId());
    assertThat(journal.claim(number("ALIVE1"), T0, T0.plusSeconds(60)))
        .as("a process of another host is never judged")
        .isFalse();
  }

  @Test
  void of_several_processes_claiming_one_order_at_once_exactly_one_wins() throws Exception {
    int processes = 4;
    List<JdbcOrderJournal> handles = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      handles.add(openAs(new JournalWriter("till-" + p, "process " + p)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(processes);
    try {
      for (int round = 0; round < 10; round++) {
        String number = "RACE" + round;
        journal.recordPending(pending(number, round));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (JdbcOrderJournal handle : handles) {
          claims.add(
              pool.submit(
                  () -> {
                    start.await();
                    return handle.claim(number(number), T0, T0.plusSeconds(60));
                  }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> claim : claims) {
          winners += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).as(number).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_window_holds_the_entries_created_in_it_of_every_till_oldest_first() {
    JdbcOrderJournal till8 = openAs(new JournalWriter("till-8", "till-8 process"));
    journal.recordPending(pending("W3", 30));
    journal.recordPending(pending("W1", 10));
    till8.recordPending(
        JournalEntry.pending(
            till8.writer(), TestEntries.TERMINAL, TestEntries.sale("W2"), T0.plusSeconds(20)));
    journal.recordPending(pending("W0", 0));
    JournalEntry sameMillisecondAsW0 = complete("W4");
    journal.recordPending(sameMillisecondAsW0.settledBy(settlement(JournalState.PENDING, T0)));

    assertThat(numbers(journal.inWindow(JournalWindow.since(T0.plusSeconds(10)))))
        .containsExactly("W1", "W2", "W3");
    assertThat(
            numbers(
                journal.inWindow(
                    JournalWindow.since(T0.plusSeconds(10)).until(T0.plusSeconds(30)))))
        .containsExactly("W1", "W2");
    assertThat(numbers(journal.inWindow(JournalWindow.since(T0).ofTerminal(TestEntries.TERMINAL))))
        .containsExactly("W0", "W4", "W1", "W2", "W3");
    assertThat(journal.inWindow(JournalWindow.since(T0).ofTerminal("ws://10.9.9.9:35779")))
        .isEmpty();
    assertThat(journal.inWindow(JournalWindow.since(T0)).map(JournalEntry::tillId))
        .contains("till-8", TestEntries.TILL);
  }

  static List<String> numbers(Seq<JournalEntry> entries) {
    return entries.map(JournalEntry::merchantOrderNo).map(MerchantOrderNo::value).toJavaList();
  }

  private static JournalEntry randomEntry(Random random, String number, int second) {
    Instant created = T0.plusSeconds(second).plusMillis(random.nextInt(1_000));
    CurrencyScale scale = CurrencyScale.values()[random.nextInt(3)];
    return new JournalEntry(
        "till-" + random.nextInt(20),
        "ws://10.0.0." + random.nextInt(255) + ":35779",
        number(number),
        TransactionType.of(String.valueOf(1 + random.nextInt(12))),
        Amount.ofMinorUnits(random.nextInt(10_000_000), scale),
        maybe(random, () -> number("O" + number)),
        maybe(random, () -> Amount.ofMinorUnits(random.nextInt(100_000), scale)),
        maybe(random, () -> Amount.ofMinorUnits(random.nextInt(100_000), scale)),
        random.nextBoolean() ? JournalState.PENDING : JournalState.SENT,
        created,
        created,
        maybe(random, () -> ResponseCode.of(String.valueOf(random.nextInt(1_000)))),
        maybe(random, () -> "message " + random.nextInt()),
        maybe(random, () -> "T" + random.nextInt(1_000_000)),
        maybe(random, () -> TransactionStatus.of(String.valueOf(random.nextInt(10)))),
        maybe(random, () -> "note " + random.nextInt()),
        maybe(random, () -> "decided " + random.nextInt()),
        maybe(random, () -> new Claim("process " + random.nextInt(9), created.plusSeconds(60))));
  }

  private static Settlement randomSettlement(Random random, Instant at) {
    JournalState[] states = JournalState.values();
    return new Settlement(
        states[random.nextInt(states.length)],
        at,
        maybe(random, () -> ResponseCode.of(String.valueOf(random.nextInt(1_000)))),
        maybe(random, () -> "outcome " + random.nextInt()),
        maybe(random, () -> "S" + random.nextInt(1_000_000)),
        maybe(random, () -> TransactionStatus.of(String.valueOf(random.nextInt(10)))),
        maybe(random, () -> "settled " + random.nextInt()),
        maybe(random, () -> "because " + random.nextInt()));
  }

  private static <T> Option<T> maybe(Random random, java.util.function.Supplier<T> value) {
    return random.nextBoolean() ? Option.some(value.get()) : Option.none();
  }
}
