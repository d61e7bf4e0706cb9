package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.completedAs;
import static io.ecrhub.domain.payment.Replies.notFound;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.port.Settlement;
import io.ecrhub.domain.reconciliation.Agreement;
import io.ecrhub.domain.reconciliation.ReconciledOrder;
import io.ecrhub.domain.reconciliation.Reconciliation;
import io.ecrhub.domain.reconciliation.TerminalView;
import io.ecrhub.domain.result.PaymentOutcome;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * End of day: every journaled order of a window beside what the terminal says of it now —
 * agreements, disagreements both ways, and the journal's unknowns settled by the engine's rules.
 */
class ReconcileTest {

  private static final Instant DAY = PaymentFixture.START.minus(Duration.ofHours(10));
  private static final String OTHER_TERMINAL = "ws://192.168.1.51:35779";

  private final RecordingJournal journal =
      new RecordingJournal(new InMemoryOrderJournal(new JournalWriter("till-1", "till-1 pid 1")));
  private final PaymentFixture fixture = new PaymentFixture(journal, PaymentFixture.TERMINAL);

  @Test
  void orders_on_which_the_journal_and_the_terminal_agree_are_reported_as_agreeing() {
    journaled("A1", 1, JournalState.APPROVED);
    journaled("D2", 2, JournalState.DECLINED);
    journaled("N3", 3, JournalState.NOT_SENT);
    fixture.gateway.onEveryOtherQuery(
        query ->
            switch (query.merchantOrderNo().value()) {
              case "A1" -> reply(completed("A1"));
              case "D2" -> reply(Replies.status("D2", "1"));
              default -> reply(notFound());
            });

    Reconciliation reconciliation = reconcileNow(JournalWindow.since(DAY));

    assertThat(reconciliation.orders().map(ReconciledOrder::agreement))
        .containsExactly(Agreement.AGREES, Agreement.AGREES, Agreement.AGREES);
    assertThat(reconciliation.allAgree()).isTrue();
    assertThat(reconciliation.summary()).isEqualTo("3 orders: 3 agrees");
    assertThat(line(reconciliation, "A1").explanation())
        .isEqualTo("journal APPROVED; terminal 000, status 2 — agree");
    assertThat(line(reconciliation, "D2").terminal().map(TerminalView::kind))
        .containsExactly(TerminalView.Kind.NOT_TAKEN);
    assertThat(line(reconciliation, "N3").terminal().map(TerminalView::kind))
        .containsExactly(TerminalView.Kind.NOT_FOUND);
  }

  @Test
  void a_declined_or_unsent_order_the_terminal_completed_is_flagged_and_the_journal_kept() {
    journaled("D1", 1, JournalState.DECLINED);
    journaled("N2", 2, JournalState.NOT_SENT);
    fixture.gateway.onEveryOtherQuery(query -> reply(completed(query.merchantOrderNo().value())));

    Reconciliation reconciliation = reconcileNow(JournalWindow.since(DAY));

    assertThat(reconciliation.allAgree()).isFalse();
    assertThat(reconciliation.disagreements().map(line -> line.journal().merchantOrderNo().value()))
        .containsExactly("D1", "N2");
    assertThat(line(reconciliation, "D1").explanation())
        .isEqualTo(
            "journal DECLINED; terminal 000, status 2 — the journal says no money moved, but the"
                + " terminal completed the order");
    assertThat(journal.entry("D1").state())
        .as("never overwritten")
        .isEqualTo(JournalState.DECLINED);
    assertThat(journal.entry("N2").state()).isEqualTo(JournalState.NOT_SENT);
  }

  @Test
  void an_approved_order_the_terminal_closed_does_not_know_or_changed_is_flagged() {
    journaled("A1", 1, JournalState.APPROVED);
    journaled("A2", 2, JournalState.APPROVED);
    journaled("A3", 3, JournalState.APPROVED);
    fixture.gateway.onEveryOtherQuery(
        query ->
            switch (query.merchantOrderNo().value()) {
              case "A1" -> reply(Replies.status("A1", "1"));
              case "A2" -> reply(notFound());
              default ->
                  reply(
                      completedAs(
                          "A3", builder -> builder.orderAmount(Amount.parseOrThrow("0.01"))));
            });

    Reconciliation reconciliation = reconcileNow(JournalWindow.since(DAY));

    assertThat(reconciliation.count(Agreement.DISAGREES)).isEqualTo(3);
    assertThat(line(reconciliation, "A1").explanation())
        .endsWith("the journal says it was paid, but the terminal charged nothing for it");
    assertThat(line(reconciliation, "A2").terminal().get().kind())
        .isEqualTo(TerminalView.Kind.NOT_FOUND);
    ReconciledOrder changed = line(reconciliation, "A3");
    assertThat(changed.terminal().get().kind()).isEqualTo(TerminalView.Kind.TAKEN_OTHERWISE);
    assertThat(changed.explanation())
        .endsWith(
            "the terminal completed it otherwise than ordered: order_amount 0.01 (sent 20.34)");
  }

  @Test
  void a_mismatch_the_terminal_still_reports_agrees_and_one_it_reports_as_ordered_does_not() {
    journaled("M1", 1, JournalState.MISMATCH);
    journaled("M2", 2, JournalState.MISMATCH);
    fixture.gateway.onEveryOtherQuery(
        query ->
            query.merchantOrderNo().value().equals("M1")
                ? reply(
                    completedAs("M1", builder -> builder.orderAmount(Amount.parseOrThrow("9.99"))))
                : reply(completed("M2")));

    Reconciliation reconciliation = reconcileNow(JournalWindow.since(DAY));

    assertThat(line(reconciliation, "M1").agreement()).isEqualTo(Agreement.AGREES);
    assertThat(line(reconciliation, "M2").agreement()).isEqualTo(Agreement.DISAGREES);
  }

  @Test
  void the_journals_unknowns_are_settled_by_the_engines_rules_fence_included() {
    journaled("U1", 1, JournalState.UNKNOWN);
    journaled("S2", 2, JournalState.SENT);
    journaled("P3", 3, JournalState.PENDING);
    fixture.gateway.onEveryOtherQuery(
        query ->
            query.merchantOrderNo().value().equals("U1")
                ? reply(completed("U1"))
                : reply(notFound()));
    fixture.gateway.onClose(reply(Replies.closed("S2")));

    Reconciliation reconciliation = reconcileNow(JournalWindow.since(DAY));

    assertThat(reconciliation.orders().map(ReconciledOrder::agreement))
        .containsExactly(Agreement.SETTLED, Agreement.SETTLED, Agreement.SETTLED);
    assertThat(reconciliation.allAgree()).isTrue();
    assertThat(journal.entry("U1").state()).isEqualTo(JournalState.APPROVED);
    assertThat(journal.entry("S2").state()).isEqualTo(JournalState.DECLINED);
    assertThat(line(reconciliation, "S2").explanation())
        .isEqualTo(
            "journal SENT; settled now: not charged: close #1 acknowledged after query #1 said"
                + " 104");
    assertThat(journal.entry("P3").state()).isEqualTo(JournalState.NOT_SENT);
    assertThat(line(reconciliation, "P3").settled().get())
        .isInstanceOf(PaymentOutcome.NotSent.class);
    assertThat(fixture.gateway.queriesFor("P3"))
        .as("a pending order provably never left")
        .isEmpty();
    assertThat(fixture.gateway.orders()).as("nothing sent again").isEmpty();
  }

  @Test
  void an_unknown_the_terminal_does_not_answer_for_stays_unsettled_and_not_all_agree() {
    journaled("U1", 1, JournalState.UNKNOWN);
    fixture.gateway.onEveryOtherQuery(query -> reply(timedOut()));

    CompletableFuture<Reconciliation> running =
        fixture.service.reconcile(JournalWindow.since(DAY)).toCompletableFuture();
    fixture.advance(PaymentFixture.POLICY.recoveryDeadline());

    Reconciliation reconciliation = running.join();
    assertThat(reconciliation.orders().head().agreement()).isEqualTo(Agreement.UNANSWERED);
    assertThat(reconciliation.allAgree()).isFalse();
    assertThat(journal.entry("U1").state()).isEqualTo(JournalState.UNKNOWN);
  }

  @Test
  void an_order_another_process_holds_is_left_alone_and_reported_in_flight() {
    JournalWriter otherTill = new JournalWriter("till-2", "till-2 pid 2");
    RecordingJournal other = journal.asAnotherProcess(otherTill);
    other.recordPending(
        JournalEntry.pending(
                otherTill, PaymentFixture.TERMINAL, PaymentFixture.sale("F1"), DAY.plusSeconds(1))
            .claimedBy(new Claim(otherTill.processId(), PaymentFixture.START.plusSeconds(300))));

    Reconciliation reconciliation = reconcileNow(JournalWindow.since(DAY));

    assertThat(reconciliation.orders().head().agreement()).isEqualTo(Agreement.IN_FLIGHT);
    assertThat(reconciliation.orders().head().explanation()).contains("till-2 pid 2");
    assertThat(fixture.gateway.queries()).isEmpty();
    assertThat(reconciliation.allAgree()).isFalse();
  }

  @Test
  void only_this_terminals_orders_of_the_window_are_reconciled() {
    journaled("OLD", -1, JournalState.APPROVED); // the day before
    journaled("IN1", 1, JournalState.APPROVED);
    journaled("IN2", 2, JournalState.APPROVED);
    journal.recordPending(
        JournalEntry.pending(
            journal.writer(), OTHER_TERMINAL, PaymentFixture.sale("ELSE"), DAY.plusSeconds(3)));
    fixture.gateway.onEveryOtherQuery(query -> reply(completed(query.merchantOrderNo().value())));

    Reconciliation reconciliation =
        reconcileNow(JournalWindow.since(DAY).until(DAY.plus(Duration.ofMinutes(2))));

    assertThat(reconciliation.orders().map(line -> line.journal().merchantOrderNo().value()))
        .containsExactly("IN1");
    assertThat(reconciliation.window().terminalId()).contains(PaymentFixture.TERMINAL);
    assertThatThrownBy(
            () -> fixture.service.reconcile(JournalWindow.since(DAY).ofTerminal(OTHER_TERMINAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot reconcile the journal of terminal " + OTHER_TERMINAL);
  }

  @Test
  void finished_orders_are_asked_about_one_after_another() {
    journaled("A1", 1, JournalState.APPROVED);
    journaled("A2", 2, JournalState.APPROVED);
    fixture.gateway.onEveryOtherQuery(query -> ScriptedTerminalGateway.later());

    CompletableFuture<Reconciliation> running =
        fixture.service.reconcile(JournalWindow.since(DAY)).toCompletableFuture();

    assertThat(fixture.gateway.queries()).hasSize(1);
    fixture.gateway.lastQuery().reply(completed("A1"));
    assertThat(fixture.gateway.queries()).hasSize(2);
    fixture.gateway.lastQuery().reply(timedOut());
    Reconciliation reconciliation = running.join();
    assertThat(reconciliation.orders().map(ReconciledOrder::agreement))
        .containsExactly(Agreement.AGREES, Agreement.UNANSWERED);
    assertThat(reconciliation.summary()).isEqualTo("2 orders: 1 agrees, 1 unanswered");
  }

  private Reconciliation reconcileNow(JournalWindow window) {
    CompletableFuture<Reconciliation> done =
        fixture.service.reconcile(window).toCompletableFuture();
    assertThat(done).as("reconciliation").isDone();
    return done.join();
  }

  private static ReconciledOrder line(Reconciliation reconciliation, String number) {
    return reconciliation
        .orders()
        .find(line -> line.journal().merchantOrderNo().value().equals(number))
        .getOrElseThrow(() -> new AssertionError("no line for " + number));
  }

  /** A sale of 20.34 journaled {@code minutes} after the start of the day, in {@code state}. */
  private void journaled(String number, int minutes, JournalState state) {
    Instant createdAt = DAY.plus(Duration.ofMinutes(minutes));
    journal.recordPending(
        JournalEntry.pending(
            journal.writer(), PaymentFixture.TERMINAL, PaymentFixture.sale(number), createdAt));
    if (state == JournalState.PENDING) {
      return;
    }
    journal.markSent(new MerchantOrderNo(number), createdAt);
    if (state != JournalState.SENT) {
      journal.recordOutcome(
          new MerchantOrderNo(number),
          new Settlement(
              state,
              createdAt.plusSeconds(5),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.none(),
              Option.some(state.name().toLowerCase() + ": as the journal says")));
    }
  }
}
