package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.answered;
import static io.ecrhub.domain.payment.Replies.answeredWithoutBody;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.connectionLost;
import static io.ecrhub.domain.payment.Replies.notFound;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.Replies.timedOut;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.failing;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.later;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.throwing;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.payment.ScriptedTerminalGateway.Call;
import io.ecrhub.domain.payment.ScriptedTerminalGateway.Step;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TransactionResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the answer to a {@code pay.order} does not settle the payment, the service asks with {@code
 * pay.query}, backing off, until the terminal reports a final status or the recovery deadline
 * passes. It never sends the order again.
 */
class RecoveryTest {

  private PaymentFixture fixture = new PaymentFixture();

  @AfterEach
  void the_order_was_sent_exactly_once() {
    assertThat(fixture.gateway.orders()).as("pay.order requests").hasSize(1);
  }

  static Stream<Named<Step<TransactionResult>>> answersThatLeaveTheOutcomeOpen() {
    return Stream.of(
        Named.of("reply timeout", reply(timedOut())),
        Named.of("connection lost", reply(connectionLost())),
        Named.of("101 in progress", reply(answeredWithoutBody("101"))),
        Named.of("107 timeout", reply(answeredWithoutBody("107"))),
        Named.of("102 cancelled", reply(answeredWithoutBody("102"))),
        Named.of("103 successful, without a status", reply(answeredWithoutBody("103"))),
        Named.of("104 to a sale", reply(answeredWithoutBody("104"))),
        Named.of("105 refunded", reply(answeredWithoutBody("105"))),
        Named.of("106 failed, without a status", reply(answeredWithoutBody("106"))),
        Named.of("108 result unknown", reply(answered("108", "A1", "0"))),
        Named.of("109 network anomaly", reply(answeredWithoutBody("109"))),
        Named.of("112 QR code timeout", reply(answeredWithoutBody("112"))),
        // Taken by this very order delivered twice, or by another one: the query tells.
        Named.of("113 duplicate order number", reply(answeredWithoutBody("113"))),
        Named.of("201 close failed", reply(answeredWithoutBody("201"))),
        Named.of("999 unknown error", reply(answeredWithoutBody("999"))),
        Named.of("555, a code no table names", reply(answeredWithoutBody("555"))),
        Named.of("000 with status 0 processing", reply(processing("A1"))),
        Named.of("000 with status 4, which no sale ends in", reply(Replies.status("A1", "4"))),
        Named.of("000 without biz_data", reply(answeredWithoutBody("000"))),
        Named.of("gateway stage completes exceptionally", failing(new IOException("broken pipe"))),
        Named.of(
            "gateway throws instead of answering", throwing(new IllegalStateException("bug"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answersThatLeaveTheOutcomeOpen")
  void an_open_outcome_is_resolved_by_query_never_by_sending_again(Step<TransactionResult> answer) {
    fixture.gateway.onOrder(answer);
    fixture.gateway.onQuery(reply(processing("A1")), reply(completed("A1")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    assertThat(outcome).isNotDone();
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);
    assertThat(fixture.gateway.queriesFor("A1").get(0).at()).isEqualTo(PaymentFixture.START);

    fixture.advanceSeconds(1);

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(2);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.APPROVED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answersThatLeaveTheOutcomeOpen")
  void an_open_outcome_that_never_settles_ends_unknown_and_is_never_declined(
      Step<TransactionResult> answer) {
    fixture.gateway.onOrder(answer);
    fixture.gateway.onEveryOtherQuery(query -> reply(timedOut()));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(600);

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Unknown.class);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.UNKNOWN);
  }

  @Test
  void a_completed_status_from_a_query_is_approved() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(completed("A1")));

    PaymentOutcome.Approved approved =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Approved.class);

    assertThat(approved.result().transNo()).containsExactly(Replies.transNo("A1"));
  }

  @Test
  void a_closed_status_from_a_query_is_declined() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(Replies.status("A1", "1")));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.result().map(TransactionResult::status))
        .containsExactly(TransactionStatus.CLOSED);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.DECLINED);
  }

  @Test
  void a_sale_a_query_reports_cancelled_went_through_and_was_voided_by_another_order() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(Replies.status("A1", "3")));

    PaymentOutcome.Approved approved =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Approved.class);

    assertThat(approved.decidedBy()).isEqualTo("approved: query #1 said status 3");
  }

  @Test
  void every_outcome_says_which_query_decided_it() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(
        reply(processing("A1")), reply(processing("A1")), reply(completed("A1")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(3);

    assertThat(outcomeOf(outcome).decidedBy()).isEqualTo("approved: query #3 said status 2");
    assertThat(fixture.journal.entry("A1").decidedBy())
        .containsExactly("approved: query #3 said status 2");
  }

  @Test
  void queries_back_off_growing_then_capped() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(processing("A1")));

    fixture.submit("A1");
    fixture.advanceSeconds(120);

    // 1 s doubling up to 8 s; the last pause is cut short by the 60 s recovery deadline.
    assertThat(fixture.scheduler.requestedDelays())
        .containsExactly(
            seconds(1),
            seconds(2),
            seconds(4),
            seconds(8),
            seconds(8),
            seconds(8),
            seconds(8),
            seconds(8),
            seconds(8),
            seconds(5));
    assertThat(secondsAfterStart(fixture.gateway.queriesFor("A1")))
        .containsExactly(0L, 1L, 3L, 7L, 15L, 23L, 31L, 39L, 47L, 55L, 60L);
    assertThat(fixture.gateway.queries())
        .allMatch(query -> query.timeout().equals(PaymentFixture.POLICY.queryTimeout()));
  }

  @Test
  void the_outcome_is_unknown_only_once_the_recovery_deadline_has_passed() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(processing("A1")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(59);
    assertThat(outcome).as("outcome before the recovery deadline").isNotDone();

    fixture.advanceSeconds(1);
    PaymentOutcome.Unknown unknown = outcomeOf(outcome, PaymentOutcome.Unknown.class);

    assertThat(unknown.lastKnownStatus()).containsExactly(TransactionStatus.PROCESSING);
    assertThat(unknown.lastKnown().flatMap(TransactionResult::transNo))
        .containsExactly(Replies.transNo("A1"));
    assertThat(unknown.reason()).contains("no answer to the order").contains("11 queries");
  }

  @Test
  void a_status_reported_in_the_order_answer_is_the_last_known_one_if_queries_go_unanswered() {
    fixture.gateway.onOrder(reply(answered("108", "A1", "9")));
    fixture.gateway.onEveryOtherQuery(query -> reply(connectionLost()));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(120);

    assertThat(outcomeOf(outcome, PaymentOutcome.Unknown.class).lastKnownStatus())
        .containsExactly(TransactionStatus.CREATED);
    assertThat(fixture.journal.entry("A1").transStatus())
        .containsExactly(TransactionStatus.CREATED);
  }

  @Test
  void without_any_status_reported_the_unknown_outcome_carries_none() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(timedOut()));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(120);

    assertThat(outcomeOf(outcome, PaymentOutcome.Unknown.class).lastKnown()).isEmpty();
  }

  @Test
  void queries_that_are_not_sent_or_not_answered_keep_being_retried() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(
        reply(Replies.notSent(NotSentReason.UNREACHABLE)),
        reply(timedOut()),
        reply(connectionLost()),
        failing(new IOException("socket reset")),
        throwing(new IllegalStateException("gateway bug")),
        reply(answeredWithoutBody("999")),
        reply(answeredWithoutBody("000")),
        reply(completed("A1")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(59);

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(8);
  }

  @Test
  void a_query_answered_later_is_waited_for_and_not_overtaken_by_another_query() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(later());

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(30);
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);

    fixture.gateway.lastQuery().reply(completed("A1"));

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void does_not_exist_after_the_order_may_have_left_is_not_enough_to_decline() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(notFound()), reply(notFound()), reply(completed("A1")));
    fixture.gateway.onClose(
        reply(Replies.closeAnswered("104")), reply(Replies.closeAnswered("104")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    assertThat(outcome).isNotDone();
    fixture.advanceSeconds(3);

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(fixture.gateway.closes()).as("one fence per 104").hasSize(2);
  }

  @Test
  void an_order_the_terminal_does_not_know_is_declined_once_a_close_fences_it() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(notFound()));
    fixture.gateway.onClose(reply(Replies.closed("A1")));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.code().code()).isEqualTo("104");
    assertThat(declined.message()).contains("can no longer be paid");
    assertThat(declined.decidedBy())
        .isEqualTo("not charged: close #1 acknowledged after query #1 said 104");
    assertThat(fixture.gateway.closes().get(0).request().merchantOrderNo().value()).isEqualTo("A1");
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.DECLINED);
  }

  @Test
  void a_close_refused_with_201_means_the_order_completed_or_is_completing_so_queries_go_on() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(reply(notFound()), reply(processing("A1")), reply(completed("A1")));
    fixture.gateway.onClose(reply(Replies.closeAnswered("201")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(3);

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void an_order_the_terminal_never_knows_and_never_lets_close_stays_unsure_until_the_deadline() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onEveryOtherQuery(query -> reply(notFound()));
    for (int i = 0; i < 20; i++) {
      fixture.gateway.onClose(reply(Replies.closeAnswered("104")));
    }

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(59);
    assertThat(outcome).isNotDone();
    fixture.advanceSeconds(1);

    PaymentOutcome.Unknown unknown = outcomeOf(outcome, PaymentOutcome.Unknown.class);
    assertThat(unknown.reason()).contains("11 queries and 11 closes");
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.UNKNOWN);
  }

  @Test
  void does_not_exist_answers_separated_by_another_answer_are_not_in_a_row() {
    fixture.gateway.onOrder(reply(timedOut()));
    fixture.gateway.onQuery(
        reply(notFound()), reply(processing("A1")), reply(notFound()), reply(completed("A1")));

    CompletableFuture<PaymentOutcome> outcome = fixture.submit("A1");
    fixture.advanceSeconds(20);

    assertThat(outcomeOf(outcome)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(4);
  }

  @Test
  void an_order_in_doubt_until_the_deadline_is_still_sent_only_once() {
    fixture.gateway.onOrder(reply(answeredWithoutBody("109")));
    fixture.gateway.onEveryOtherQuery(query -> reply(answeredWithoutBody("101")));

    fixture.submit("A1");
    fixture.scheduler.runUntilIdle();

    assertThat(fixture.gateway.queriesFor("A1")).hasSizeGreaterThan(5);
    assertThat(fixture.scheduler.pendingTasks()).isZero();
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static List<Long> secondsAfterStart(List<Call<QueryRequest, TransactionResult>> calls) {
    return calls.stream()
        .map(Call::at)
        .map(at -> Duration.between(PaymentFixture.START, at).toSeconds())
        .toList();
  }
}
