package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Many processes on one journal: an order is worked on by one process at a time — the one sending
 * it, or the one recoverer that claimed it — and a crashed process's orders are taken over once its
 * claim ends. Two payment services on the same terminal stand for two processes (a POS and an
 * {@code ecr recover}, or the tills of two machines), each with its own clock and journal handle.
 */
class ClaimsTest {

  private static final JournalWriter TILL_A = new JournalWriter("till-a", "till-a pid 101");
  private static final JournalWriter TILL_B = new JournalWriter("till-b", "till-b pid 202");
  private static final JournalWriter CRASHED = new JournalWriter("till-z", "till-z pid 303");

  private final RecordingJournal journalA = new RecordingJournal(new InMemoryOrderJournal(TILL_A));
  private final RecordingJournal journalB = journalA.asAnotherProcess(TILL_B);
  private final PaymentFixture tillA = new PaymentFixture(journalA, PaymentFixture.TERMINAL);
  private final PaymentFixture tillB = new PaymentFixture(journalB, PaymentFixture.TERMINAL);

  @Test
  void the_sending_process_holds_its_order_from_the_moment_it_is_recorded() {
    tillA.submit("A1");

    JournalEntry entry = journalA.entry("A1");
    assertThat(entry.tillId()).isEqualTo("till-a");
    assertThat(entry.claim())
        .containsExactly(
            new Claim(
                TILL_A.processId(),
                PaymentFixture.START.plus(PaymentFixture.POLICY.sendingHold())));
  }

  @Test
  void an_order_in_flight_in_another_process_is_never_recovered_from_under_it() {
    CompletableFuture<PaymentOutcome> paying = tillA.submit("A1");
    tillA.advanceSeconds(170); // the customer is still at the card reader
    tillB.advanceSeconds(170);

    Seq<PaymentOutcome> recovered = recoverNow(tillB);

    assertThat(recovered).isEmpty();
    assertThat(tillB.gateway.queries()).as("queries by till b").isEmpty();
    assertThat(tillB.gateway.closes()).as("closes by till b").isEmpty();
    assertThat(paying).isNotDone();
    tillA.gateway.onlyOrder().reply(completed("A1"));
    assertThat(outcomeOf(paying)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(journalA.entry("A1").claim()).as("released by settling").isEmpty();
  }

  @Test
  void an_order_still_pending_in_a_live_process_is_not_declared_never_sent_by_another() {
    AtomicReference<Seq<PaymentOutcome>> recoveredMeanwhile = new AtomicReference<>();
    // till b recovers in the instant between till a's journal write and its send
    journalA.afterPending(entry -> recoveredMeanwhile.set(recoverNow(tillB)));

    CompletableFuture<PaymentOutcome> paying = tillA.submit("A1");

    assertThat(recoveredMeanwhile.get()).isEmpty();
    assertThat(tillA.gateway.orders()).hasSize(1);
    assertThat(journalA.entry("A1").state()).isEqualTo(JournalState.SENT);
    tillA.gateway.onlyOrder().reply(completed("A1"));
    assertThat(outcomeOf(paying)).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void a_process_whose_order_was_taken_over_before_it_sent_it_does_not_send_it() {
    // till a stalls between its journal write and its send for longer than it holds the order;
    // till b finds the order pending and no longer held: it provably never left
    AtomicReference<Seq<PaymentOutcome>> recoveredMeanwhile = new AtomicReference<>();
    journalA.afterPending(
        entry -> {
          tillB.advance(PaymentFixture.POLICY.sendingHold());
          recoveredMeanwhile.set(recoverNow(tillB));
        });

    PaymentOutcome.NotSent notSent = outcomeOf(tillA.submit("A1"), PaymentOutcome.NotSent.class);

    assertThat(recoveredMeanwhile.get()).singleElement().isInstanceOf(PaymentOutcome.NotSent.class);
    assertThat(notSent.reason()).isEqualTo(NotSentReason.JOURNAL_UNAVAILABLE);
    assertThat(notSent.detail()).contains("no longer pending");
    assertThat(tillA.gateway.orders()).as("pay.order frames sent").isEmpty();
    assertThat(journalA.entry("A1").state()).isEqualTo(JournalState.NOT_SENT);
  }

  @Test
  void a_crashed_processes_order_is_taken_over_once_its_claim_ended() {
    Instant crashedAt = PaymentFixture.START.minusSeconds(100);
    leftBySend(journalA, "C1", crashedAt, crashedAt.plusSeconds(150));
    tillB.gateway.onEveryOtherQuery(query -> reply(completed("C1")));

    assertThat(recoverNow(tillB)).as("still held at the start").isEmpty();
    tillB.advanceSeconds(49);
    assertThat(recoverNow(tillB)).as("a second before the claim ends").isEmpty();
    tillB.advanceSeconds(1);
    Seq<PaymentOutcome> recovered = recoverNow(tillB);

    assertThat(recovered).singleElement().isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(journalB.entry("C1").state()).isEqualTo(JournalState.APPROVED);
    assertThat(journalB.entry("C1").claim()).isEmpty();
    assertThat(tillB.gateway.queriesFor("C1")).hasSize(1);
  }

  @Test
  void of_two_recoverers_at_once_each_order_is_recovered_by_one() {
    Instant crashedAt = PaymentFixture.START.minusSeconds(3_600);
    for (int i = 1; i <= 4; i++) {
      leftBySend(journalA, "R" + i, crashedAt.plusSeconds(i), crashedAt.plusSeconds(60));
    }
    tillA.gateway.onEveryOtherQuery(query -> ScriptedTerminalGateway.later());
    tillB.gateway.onEveryOtherQuery(query -> ScriptedTerminalGateway.later());

    CompletableFuture<Seq<PaymentOutcome>> byA = tillA.service.recover().toCompletableFuture();
    CompletableFuture<Seq<PaymentOutcome>> byB = tillB.service.recover().toCompletableFuture();

    assertThat(byB)
        .as("everything was claimed by till a first")
        .isCompletedWithValue(io.vavr.collection.List.empty());
    assertThat(tillA.gateway.queries()).hasSize(4);
    assertThat(tillB.gateway.queries()).isEmpty();
    for (int i = 1; i <= 4; i++) {
      assertThat(journalA.entry("R" + i).claim().map(Claim::holder))
          .containsExactly(TILL_A.processId());
    }
    tillA
        .gateway
        .queries()
        .forEach(call -> call.reply(completed(call.request().merchantOrderNo().value())));
    assertThat(byA.join()).hasSize(4).allMatch(PaymentOutcome.Approved.class::isInstance);
  }

  @Test
  void a_recovery_that_ends_unknown_releases_its_claim_for_the_next_recoverer() {
    leftBySend(journalA, "U1", PaymentFixture.START.minusSeconds(10), PaymentFixture.START);
    tillA.gateway.onEveryOtherQuery(query -> reply(timedOut()));
    CompletableFuture<Seq<PaymentOutcome>> byA = tillA.service.recover().toCompletableFuture();
    tillA.advanceSeconds(60);
    assertThat(byA.join()).singleElement().isInstanceOf(PaymentOutcome.Unknown.class);
    assertThat(journalA.entry("U1").claim()).isEmpty();

    tillB.advanceSeconds(61);
    tillB.gateway.onEveryOtherQuery(query -> reply(completed("U1")));
    assertThat(recoverNow(tillB)).singleElement().isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void a_recoverer_holds_an_order_as_long_as_its_recovery_may_run() {
    leftBySend(journalA, "H1", PaymentFixture.START.minusSeconds(10), PaymentFixture.START);
    tillA.gateway.onEveryOtherQuery(query -> reply(processing("H1")));

    tillA.service.recover();

    assertThat(journalA.entry("H1").claim())
        .containsExactly(
            new Claim(
                TILL_A.processId(),
                PaymentFixture.START.plus(PaymentFixture.POLICY.recoveryHold())));
    assertThat(PaymentFixture.POLICY.recoveryHold())
        .isEqualTo(Duration.ofSeconds(60).plus(Duration.ofSeconds(20)));
    assertThat(PaymentFixture.POLICY.sendingHold())
        .isEqualTo(Duration.ofSeconds(180).plus(PaymentFixture.POLICY.recoveryHold()));
  }

  private static Seq<PaymentOutcome> recoverNow(PaymentFixture till) {
    CompletableFuture<Seq<PaymentOutcome>> outcomes = till.service.recover().toCompletableFuture();
    assertThat(outcomes).as("recovery").isDone();
    return outcomes.join();
  }

  /**
   * An order a process of till z sent and then died with, its claim ending at {@code heldUntil}.
   */
  private static void leftBySend(
      RecordingJournal journal, String number, Instant sentAt, Instant heldUntil) {
    RecordingJournal crashed = journal.asAnotherProcess(CRASHED);
    crashed.recordPending(
        JournalEntry.pending(CRASHED, PaymentFixture.TERMINAL, PaymentFixture.sale(number), sentAt)
            .claimedBy(new Claim(CRASHED.processId(), heldUntil)));
    crashed.markSent(new MerchantOrderNo(number), sentAt);
  }
}
