package io.ecrhub.domain.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryOrderJournalTest {

  private static final String TERMINAL = "ws://127.0.0.1:35779";
  private static final Instant T0 = Instant.parse("2025-01-13T06:00:00Z");

  private final InMemoryOrderJournal journal = new InMemoryOrderJournal();

  @Test
  void a_recorded_order_can_be_found_by_its_number() {
    JournalEntry entry = pending("A1", 0);

    journal.recordPending(entry);

    assertThat(journal.find(number("A1"))).containsExactly(entry);
    assertThat(journal.find(number("B1"))).isEmpty();
  }

  @Test
  void recording_a_number_twice_is_refused_and_the_first_entry_is_kept() {
    journal.recordPending(pending("A1", 0));
    journal.recordOutcome(number("A1"), settlement(JournalState.APPROVED, 5));

    assertThatThrownBy(() -> journal.recordPending(pending("A1", 10)))
        .isInstanceOfSatisfying(
            DuplicateOrderException.class,
            duplicate -> assertThat(duplicate.merchantOrderNo()).isEqualTo(number("A1")))
        .isInstanceOf(JournalException.class)
        .hasMessage("the journal already holds order A1");
    assertThat(journal.find(number("A1")).get().state()).isEqualTo(JournalState.APPROVED);
  }

  @Test
  void an_outcome_updates_the_entry() {
    journal.recordPending(pending("A1", 0));

    journal.recordOutcome(number("A1"), settlement(JournalState.DECLINED, 7));

    JournalEntry entry = journal.find(number("A1")).get();
    assertThat(entry.state()).isEqualTo(JournalState.DECLINED);
    assertThat(entry.updatedAt()).isEqualTo(T0.plusSeconds(7));
  }

  @Test
  void an_outcome_for_an_unknown_number_is_ignored_and_creates_nothing() {
    journal.recordOutcome(number("Z9"), settlement(JournalState.APPROVED, 1));

    assertThat(journal.find(number("Z9"))).isEmpty();
    assertThat(journal.recent(10)).isEmpty();
  }

  @Test
  void unfinished_entries_are_the_pending_and_unknown_ones_oldest_first() {
    journal.recordPending(pending("U3", 3));
    journal.recordPending(pending("P1", 1));
    journal.recordPending(pending("A2", 2));
    journal.recordPending(pending("D4", 4));
    journal.recordPending(pending("N5", 5));
    journal.recordPending(pending("P0", 0));
    journal.recordOutcome(number("U3"), settlement(JournalState.UNKNOWN, 9));
    journal.recordOutcome(number("A2"), settlement(JournalState.APPROVED, 9));
    journal.recordOutcome(number("D4"), settlement(JournalState.DECLINED, 9));
    journal.recordOutcome(number("N5"), settlement(JournalState.NOT_SENT, 9));
    // names unrelated to creation order, so that no hash order can pass for the journal's order
    String[] later = {"Zq7", "b2", "K", "a9X", "M00", "c", "Y1y", "e5", "Qr", "f"};
    for (int i = 0; i < later.length; i++) {
      journal.recordPending(pending(later[i], 10 + i));
    }

    assertThat(journal.unfinished().map(entry -> entry.merchantOrderNo().value()))
        .containsExactly(
            "P0", "P1", "U3", "Zq7", "b2", "K", "a9X", "M00", "c", "Y1y", "e5", "Qr", "f");
  }

  @Test
  void recent_entries_come_newest_first_up_to_the_limit() {
    for (int i = 0; i < 5; i++) {
      journal.recordPending(pending("R" + i, i));
    }

    assertThat(journal.recent(3).map(entry -> entry.merchantOrderNo().value()))
        .containsExactly("R4", "R3", "R2");
    assertThat(journal.recent(0)).isEmpty();
  }

  @Test
  void of_many_threads_recording_the_same_number_exactly_one_succeeds() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 50; round++) {
        InMemoryOrderJournal shared = new InMemoryOrderJournal();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      shared.recordPending(pending("SAME", thread));
                      return true;
                    } catch (DuplicateOrderException duplicate) {
                      return false;
                    }
                  }));
        }
        start.countDown();
        long successes = 0;
        for (Future<Boolean> result : results) {
          successes += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(successes).as("round " + round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static JournalEntry pending(String number, int secondsAfterT0) {
    return JournalEntry.pending(
        TERMINAL,
        OrderDraft.sale().merchantOrderNo(number).orderAmount("1.00").build(),
        T0.plusSeconds(secondsAfterT0));
  }

  private static Settlement settlement(JournalState state, int secondsAfterT0) {
    return new Settlement(
        state,
        T0.plusSeconds(secondsAfterT0),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none());
  }

  private static MerchantOrderNo number(String value) {
    return new MerchantOrderNo(value);
  }
}
