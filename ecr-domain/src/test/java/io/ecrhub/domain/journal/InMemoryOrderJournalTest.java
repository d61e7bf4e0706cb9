package io.ecrhub.domain.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWriter;
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

  private static final JournalWriter TILL_A = new JournalWriter("till-a", "till-a pid 1");
  private static final JournalWriter TILL_B = new JournalWriter("till-b", "till-b pid 2");

  private final InMemoryOrderJournal journal = new InMemoryOrderJournal(TILL_A);
  private final InMemoryOrderJournal otherProcess = journal.sharedWith(TILL_B);

  @Test
  void a_journal_nobody_named_is_written_by_the_local_till_as_a_process_of_its_own() {
    InMemoryOrderJournal first = new InMemoryOrderJournal();
    InMemoryOrderJournal second = new InMemoryOrderJournal();

    assertThat(first.writer().tillId()).isEqualTo(InMemoryOrderJournal.LOCAL_TILL);
    assertThat(first.writer().processId()).isNotEqualTo(second.writer().processId());
  }

  @Test
  void handles_shared_between_processes_see_the_same_entries_and_numbers() {
    journal.recordPending(pending("S1", 0));

    assertThat(otherProcess.find(number("S1"))).isNotEmpty();
    assertThatThrownBy(() -> otherProcess.recordPending(pending("S1", 1)))
        .isInstanceOf(DuplicateOrderException.class);
    assertThat(otherProcess.writer()).isEqualTo(TILL_B);
  }

  @Test
  void a_claim_excludes_other_processes_until_it_ends_or_is_released() {
    journal.recordPending(pending("C1", 0));
    Instant until = T0.plusSeconds(30);

    assertThat(journal.claim(number("C1"), T0, until)).isTrue();
    assertThat(otherProcess.claim(number("C1"), T0.plusSeconds(29), T0.plusSeconds(99)))
        .as("held by till a")
        .isFalse();
    assertThat(journal.claim(number("C1"), T0.plusSeconds(10), T0.plusSeconds(40)))
        .as("renewed by its holder")
        .isTrue();
    assertThat(otherProcess.claim(number("C1"), T0.plusSeconds(39), T0.plusSeconds(99))).isFalse();
    assertThat(otherProcess.claim(number("C1"), T0.plusSeconds(40), T0.plusSeconds(99)))
        .as("taken over once the claim ended")
        .isTrue();
    assertThat(journal.find(number("C1")).get().claim().get().holder())
        .isEqualTo(TILL_B.processId());

    otherProcess.recordOutcome(number("C1"), settlement(JournalState.UNKNOWN, 41));
    assertThat(journal.find(number("C1")).get().claim()).as("released by settling").isEmpty();
    assertThat(journal.claim(number("C1"), T0.plusSeconds(42), T0.plusSeconds(50))).isTrue();
  }

  @Test
  void settling_releases_only_the_claim_of_the_process_that_settles() {
    journal.recordPending(pending("C2", 0));
    journal.claim(number("C2"), T0, T0.plusSeconds(30));

    otherProcess.recordOutcome(number("C2"), settlement(JournalState.UNKNOWN, 5));

    assertThat(journal.find(number("C2")).get().claim().map(claim -> claim.holder()))
        .containsExactly(TILL_A.processId());
  }

  @Test
  void finished_and_unknown_orders_cannot_be_claimed() {
    journal.recordPending(pending("F1", 0));
    journal.recordOutcome(number("F1"), settlement(JournalState.APPROVED, 1));

    assertThat(journal.claim(number("F1"), T0, T0.plusSeconds(9))).isFalse();
    assertThat(journal.claim(number("NONE"), T0, T0.plusSeconds(9))).isFalse();
  }

  @Test
  void only_a_pending_order_not_held_by_another_process_is_marked_sent() {
    journal.recordPending(pending("M1", 0));
    journal.recordPending(pending("M2", 0));
    otherProcess.claim(number("M2"), T0, T0.plusSeconds(30));

    journal.markSent(number("M1"), T0.plusSeconds(1));

    assertThat(journal.find(number("M1")).get().state()).isEqualTo(JournalState.SENT);
    assertThatThrownBy(() -> journal.markSent(number("M1"), T0.plusSeconds(2)))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot mark order M1 sent: it is SENT in the journal, no longer pending");
    assertThatThrownBy(() -> journal.markSent(number("M2"), T0.plusSeconds(2)))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot mark order M2 sent: till-b pid 2 has taken it over");
    assertThat(journal.find(number("M2")).get().state()).isEqualTo(JournalState.PENDING);
    assertThatThrownBy(() -> journal.markSent(number("M9"), T0))
        .isInstanceOf(JournalException.class)
        .hasMessage("cannot mark order M9 sent: the journal does not hold it");
  }

  @Test
  void a_window_holds_the_entries_created_in_it_oldest_first() {
    journal.recordPending(pending("W3", 30));
    journal.recordPending(pending("W1", 10));
    otherProcess.recordPending(pending("W2", 20));
    journal.recordPending(pending("W0", 0));

    assertThat(
            journal
                .inWindow(
                    io.ecrhub.domain.port.JournalWindow.since(T0.plusSeconds(10))
                        .until(T0.plusSeconds(30)))
                .map(entry -> entry.merchantOrderNo().value()))
        .containsExactly("W1", "W2");
    assertThat(
            journal.inWindow(
                io.ecrhub.domain.port.JournalWindow.since(T0).ofTerminal("ws://elsewhere:1")))
        .isEmpty();
  }

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
        TILL_A,
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
