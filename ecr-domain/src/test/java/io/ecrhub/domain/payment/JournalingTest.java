package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.answered;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.FieldPath;
import io.vavr.control.Option;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An order is written down before it is sent, and what became of it when that is known. */
class JournalingTest {

  private final PaymentFixture fixture = new PaymentFixture();

  @Test
  void the_order_is_journaled_as_pending_before_the_gateway_sees_it() {
    AtomicReference<Option<JournalEntry>> seenByGateway = new AtomicReference<>();
    fixture.gateway.beforeOrder(
        order -> seenByGateway.set(fixture.journal.find(order.merchantOrderNo())));

    fixture.service.submit(
        OrderDraft.refund()
            .merchantOrderNo("R1")
            .origMerchantOrderNo("S1")
            .orderAmount("5.00")
            .build());

    JournalEntry entry = seenByGateway.get().getOrElseThrow(AssertionError::new);
    assertThat(entry.state()).isEqualTo(JournalState.PENDING);
    assertThat(entry.terminalId()).isEqualTo(PaymentFixture.TERMINAL);
    assertThat(entry.type()).isEqualTo(TransactionType.REFUND);
    assertThat(entry.orderAmount().toWire()).isEqualTo("5.00");
    assertThat(entry.origMerchantOrderNo()).containsExactly(new MerchantOrderNo("S1"));
    assertThat(entry.createdAt()).isEqualTo(PaymentFixture.START);
  }

  @Test
  void an_approved_order_is_journaled_with_code_transaction_number_and_status() {
    fixture.gateway.onOrder(reply(completed("A1")));
    fixture.advanceSeconds(3);

    fixture.submit("A1");

    JournalEntry entry = fixture.journal.entry("A1");
    assertThat(entry.state()).isEqualTo(JournalState.APPROVED);
    assertThat(entry.responseCode()).containsExactly(ResponseCode.SUCCESS);
    assertThat(entry.transNo()).containsExactly(Replies.transNo("A1"));
    assertThat(entry.transStatus()).containsExactly(TransactionStatus.COMPLETED);
    assertThat(entry.updatedAt()).isEqualTo(PaymentFixture.START.plusSeconds(3));
  }

  @Test
  void a_declined_order_is_journaled_with_the_terminals_code_words_and_status() {
    fixture.gateway.onOrder(reply(answered("115", "A1", "1")));

    fixture.submit("A1");

    JournalEntry entry = fixture.journal.entry("A1");
    assertThat(entry.state()).isEqualTo(JournalState.DECLINED);
    assertThat(entry.responseCode()).containsExactly(ResponseCode.REJECTED);
    assertThat(entry.responseMessage()).containsExactly("transaction rejected");
    assertThat(entry.transNo()).containsExactly(Replies.transNo("A1"));
    assertThat(entry.transStatus()).containsExactly(TransactionStatus.CLOSED);
  }

  @Test
  void an_unknown_outcome_is_journaled_with_the_last_known_status_and_stays_unfinished() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(processing("A1")));

    fixture.submit("A1");
    fixture.advanceSeconds(120);

    JournalEntry entry = fixture.journal.entry("A1");
    assertThat(entry.state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(entry.transStatus()).containsExactly(TransactionStatus.PROCESSING);
    assertThat(entry.transNo()).containsExactly(Replies.transNo("A1"));
    assertThat(entry.note().get()).contains("no answer to the order");
    assertThat(fixture.journal.unfinished()).containsExactly(entry);
  }

  @Test
  void an_order_that_surely_never_left_is_journaled_as_not_sent() {
    fixture.gateway.onOrder(reply(Replies.notSent(NotSentReason.UNREACHABLE)));

    PaymentOutcome.NotSent outcome = outcomeOf(fixture.submit("A1"), PaymentOutcome.NotSent.class);

    assertThat(outcome.reason()).isEqualTo(NotSentReason.UNREACHABLE);
    JournalEntry entry = fixture.journal.entry("A1");
    assertThat(entry.state()).isEqualTo(JournalState.NOT_SENT);
    assertThat(entry.note().get()).startsWith("UNREACHABLE: ");
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @Test
  void an_order_the_journal_cannot_record_is_not_sent() {
    fixture.journal.failPendingWrites(new JournalException("disk full"));

    PaymentOutcome.NotSent outcome = outcomeOf(fixture.submit("A1"), PaymentOutcome.NotSent.class);

    assertThat(outcome.reason()).isEqualTo(NotSentReason.JOURNAL_UNAVAILABLE);
    assertThat(outcome.detail()).contains("disk full");
    assertThat(fixture.gateway.orders()).isEmpty();
    assertThat(fixture.service.openOrder()).isEmpty();
  }

  @Test
  void any_failure_of_the_journal_keeps_the_order_from_being_sent() {
    fixture.journal.failPendingWrites(new IllegalStateException("connection pool exhausted"));

    PaymentOutcome.NotSent outcome = outcomeOf(fixture.submit("A1"), PaymentOutcome.NotSent.class);

    assertThat(outcome.reason()).isEqualTo(NotSentReason.JOURNAL_UNAVAILABLE);
    assertThat(fixture.gateway.orders()).isEmpty();
  }

  @Test
  void once_the_journal_works_again_orders_are_sent() {
    fixture.journal.failPendingWrites(new JournalException("disk full"));
    fixture.submit("A1");
    fixture.journal.failPendingWrites(null);

    CompletableFuture<PaymentOutcome> retry = fixture.submit("A1");

    assertThat(retry).isNotDone();
    assertThat(fixture.gateway.onlyOrder().request().merchantOrderNo())
        .isEqualTo(new MerchantOrderNo("A1"));
  }

  @Test
  void an_order_number_already_in_the_journal_is_rejected_and_nothing_is_sent() {
    fixture.gateway.onOrder(reply(completed("A1")));
    fixture.submit("A1");

    PaymentOutcome.Rejected rejected =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Rejected.class);

    assertThat(rejected.violations().map(v -> v.field()))
        .containsExactly(FieldPath.MERCHANT_ORDER_NO);
    assertThat(rejected.violations().head().message()).contains("already used");
    assertThat(fixture.gateway.orders()).hasSize(1);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.APPROVED);
    assertThat(fixture.service.openOrder()).isEmpty();
  }

  @Test
  void a_journal_that_cannot_record_the_outcome_still_tells_the_caller_and_keeps_it_unfinished() {
    fixture.journal.failOutcomeWrites(new JournalException("disk full"));
    fixture.gateway.onOrder(reply(completed("A1")));

    PaymentOutcome outcome = outcomeOf(fixture.submit("A1"));

    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.SENT);
    assertThat(fixture.service.openOrder()).isEmpty();
  }
}
