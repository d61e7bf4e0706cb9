package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.notFound;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.FieldPath;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code recover()} settles the orders a crash or a shutdown left unfinished in the journal. */
class RecoverTest {

  private static final String OTHER_TERMINAL = "ws://192.168.1.51:35779";

  private final RecordingJournal journal = new RecordingJournal();
  private final PaymentFixture fixture = new PaymentFixture(journal, PaymentFixture.TERMINAL);

  @Test
  void unfinished_orders_of_this_terminal_are_queried_and_settled_in_journal_order() {
    leftBehind(PaymentFixture.TERMINAL, "P1", JournalState.SENT, 1);
    leftBehind(PaymentFixture.TERMINAL, "U2", JournalState.UNKNOWN, 2);
    leftBehind(PaymentFixture.TERMINAL, "P3", JournalState.SENT, 3);
    fixture.gateway.onEveryOtherQuery(
        query ->
            switch (query.merchantOrderNo().value()) {
              case "P1" -> reply(completed("P1"));
              case "U2" -> reply(Replies.status("U2", "1"));
              default -> reply(Replies.status("P3", "1"));
            });

    Seq<PaymentOutcome> outcomes = recoverNow();

    assertThat(outcomes.map(outcome -> outcome.getClass().getSimpleName()))
        .containsExactly("Approved", "Declined", "Declined");
    assertThat(journal.entry("P1").state()).isEqualTo(JournalState.APPROVED);
    assertThat(journal.entry("U2").state()).isEqualTo(JournalState.DECLINED);
    assertThat(journal.entry("P3").state()).isEqualTo(JournalState.DECLINED);
    assertThat(journal.unfinished()).isEmpty();
    assertThat(fixture.gateway.orders()).as("orders re-sent").isEmpty();
  }

  @Test
  void each_order_is_handed_over_as_it_settles_and_before_the_whole_completes() {
    leftBehind(PaymentFixture.TERMINAL, "P1", JournalState.SENT, 1);
    leftBehind(PaymentFixture.TERMINAL, "P2", JournalState.SENT, 2);
    fixture.gateway.onEveryOtherQuery(query -> reply(completed(query.merchantOrderNo().value())));
    java.util.List<String> told = new java.util.ArrayList<>();

    CompletableFuture<Seq<PaymentOutcome>> outcomes =
        fixture
            .service
            .recover(
                RecoveryProgress.eachSettled(
                    settled -> {
                      told.add(
                          ((PaymentOutcome.Approved) settled).result().merchantOrderNo().value());
                      throw new IllegalStateException("a careless consumer");
                    }))
            .toCompletableFuture();

    assertThat(outcomes).isDone();
    assertThat(told).containsExactlyInAnyOrder("P1", "P2");
    assertThat(outcomes.join()).hasSize(2).allMatch(PaymentOutcome.Approved.class::isInstance);
    assertThat(journal.unfinished()).as("a throwing consumer breaks nothing").isEmpty();
  }

  @Test
  void orders_of_other_terminals_and_finished_orders_are_left_alone() {
    leftBehind(OTHER_TERMINAL, "X1", JournalState.PENDING, 1);
    leftBehind(PaymentFixture.TERMINAL, "A2", JournalState.APPROVED, 2);
    leftBehind(PaymentFixture.TERMINAL, "D3", JournalState.DECLINED, 3);
    leftBehind(PaymentFixture.TERMINAL, "N4", JournalState.NOT_SENT, 4);
    leftBehind(PaymentFixture.TERMINAL, "P5", JournalState.SENT, 5);
    fixture.gateway.onEveryOtherQuery(query -> reply(completed(query.merchantOrderNo().value())));

    Seq<PaymentOutcome> outcomes = recoverNow();

    assertThat(outcomes).hasSize(1);
    assertThat(fixture.gateway.queries())
        .extracting(call -> call.request().merchantOrderNo().value())
        .containsExactly("P5");
    assertThat(journal.entry("X1").state()).isEqualTo(JournalState.PENDING);
  }

  @Test
  void an_order_in_flight_is_left_to_the_work_already_on_it() {
    leftBehind(PaymentFixture.TERMINAL, "P1", JournalState.SENT, 1);
    CompletableFuture<PaymentOutcome> inFlight = fixture.submit("F2");
    fixture.gateway.onEveryOtherQuery(query -> reply(completed(query.merchantOrderNo().value())));

    Seq<PaymentOutcome> outcomes = recoverNow();

    assertThat(outcomes).hasSize(1);
    assertThat(fixture.gateway.queriesFor("F2")).isEmpty();
    assertThat(inFlight).isNotDone();
    assertThat(fixture.service.openOrder()).containsExactly(new MerchantOrderNo("F2"));
  }

  @Test
  void recovering_while_an_order_is_being_journaled_does_not_take_that_order_over() {
    AtomicReference<CompletableFuture<Seq<PaymentOutcome>>> recovery = new AtomicReference<>();
    journal.afterPending(entry -> recovery.set(fixture.service.recover().toCompletableFuture()));
    fixture.gateway.onEveryOtherQuery(query -> reply(Replies.notFound()));

    CompletableFuture<PaymentOutcome> order = fixture.submit("F1");

    assertThat(recovery.get()).isCompletedWithValueMatching(Seq::isEmpty);
    assertThat(fixture.gateway.queriesFor("F1")).isEmpty();
    assertThat(fixture.service.openOrder()).containsExactly(new MerchantOrderNo("F1"));
    fixture.gateway.onlyOrder().reply(completed("F1"));
    assertThat(outcomeOf(order)).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void an_order_still_pending_provably_never_left_and_ends_not_sent_without_asking() {
    leftBehind(PaymentFixture.TERMINAL, "P1", JournalState.PENDING, 1);

    PaymentOutcome.NotSent notSent = (PaymentOutcome.NotSent) recoverNow().head();

    assertThat(notSent.reason()).isEqualTo(NotSentReason.STOPPED_BEFORE_SENDING);
    assertThat(notSent.decidedBy()).startsWith("not sent: the order was recorded but never");
    assertThat(journal.entry("P1").state()).isEqualTo(JournalState.NOT_SENT);
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @Test
  void an_order_marked_sent_that_the_terminal_does_not_know_is_fenced_before_it_is_declined() {
    leftBehind(PaymentFixture.TERMINAL, "S1", JournalState.SENT, 1);
    fixture.gateway.onQuery(reply(notFound()));
    fixture.gateway.onClose(reply(Replies.closed("S1")));

    PaymentOutcome.Declined declined = (PaymentOutcome.Declined) recoverNow().head();

    assertThat(declined.decidedBy())
        .isEqualTo("not charged: close #1 acknowledged after query #1 said 104");
    assertThat(fixture.gateway.closes()).hasSize(1);
    assertThat(journal.entry("S1").state()).isEqualTo(JournalState.DECLINED);
  }

  @Test
  void an_order_the_terminal_still_cannot_account_for_stays_unknown_and_unfinished() {
    leftBehind(PaymentFixture.TERMINAL, "P1", JournalState.SENT, 1);
    fixture.gateway.onEveryOtherQuery(query -> reply(timedOut()));

    CompletableFuture<Seq<PaymentOutcome>> outcomes =
        fixture.service.recover().toCompletableFuture();
    fixture.advanceSeconds(59);
    assertThat(outcomes).isNotDone();
    fixture.advanceSeconds(1);

    PaymentOutcome.Unknown unknown = (PaymentOutcome.Unknown) outcomes.join().head();
    assertThat(unknown.reason()).contains("order left sent in the journal since");
    assertThat(journal.entry("P1").state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(journal.unfinished().map(JournalEntry::merchantOrderNo))
        .containsExactly(new MerchantOrderNo("P1"));
  }

  @Test
  void an_order_being_recovered_cannot_be_submitted_again() {
    leftBehind(PaymentFixture.TERMINAL, "P1", JournalState.SENT, 1);
    fixture.gateway.onEveryOtherQuery(query -> reply(processing("P1")));
    fixture.service.recover();

    PaymentOutcome.Rejected rejected =
        outcomeOf(fixture.submit("P1"), PaymentOutcome.Rejected.class);

    assertThat(rejected.violations().head().field()).isEqualTo(FieldPath.MERCHANT_ORDER_NO);
    assertThat(fixture.gateway.orders()).isEmpty();
    assertThat(fixture.service.openOrder()).isEmpty();
  }

  @Test
  void with_nothing_unfinished_recover_completes_at_once_with_no_outcomes() {
    assertThat(recoverNow()).isEmpty();
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @Test
  void an_order_left_unknown_by_a_shutdown_is_settled_by_recover_after_the_next_start() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(processing("A1")));
    CompletableFuture<PaymentOutcome> before = fixture.submit("A1");
    fixture.service.shutdown(Duration.ofSeconds(5));
    fixture.advanceSeconds(5);
    assertThat(outcomeOf(before)).isInstanceOf(PaymentOutcome.Unknown.class);

    PaymentFixture restarted = new PaymentFixture(journal, PaymentFixture.TERMINAL);
    restarted.gateway.onQuery(reply(completed("A1")));
    Seq<PaymentOutcome> recovered = restarted.service.recover().toCompletableFuture().join();

    assertThat(recovered.head()).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(journal.entry("A1").state()).isEqualTo(JournalState.APPROVED);
    assertThat(journal.entry("A1").transStatus()).containsExactly(TransactionStatus.COMPLETED);
    assertThat(restarted.gateway.orders()).isEmpty();
  }

  private Seq<PaymentOutcome> recoverNow() {
    CompletableFuture<Seq<PaymentOutcome>> outcomes =
        fixture.service.recover().toCompletableFuture();
    assertThat(outcomes).as("recovery").isDone();
    return outcomes.join();
  }

  /** Writes the {@code sequence}-th order an earlier run left in the journal, in {@code state}. */
  private void leftBehind(String terminal, String number, JournalState state, int sequence) {
    Instant createdAt = PaymentFixture.START.minus(Duration.ofHours(1)).plusSeconds(sequence);
    journal.recordPending(
        JournalEntry.pending(journal.writer(), terminal, PaymentFixture.sale(number), createdAt));
    if (state != JournalState.PENDING) {
      journal.markSent(new MerchantOrderNo(number), createdAt);
    }
    if (state != JournalState.PENDING && state != JournalState.SENT) {
      journal.recordOutcome(
          new MerchantOrderNo(number),
          new Settlement(
              state,
              createdAt.plusSeconds(1),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.none()));
    }
  }
}
