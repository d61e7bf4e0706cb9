package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.answered;
import static io.ecrhub.domain.payment.Replies.answeredWithoutBody;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the answer to a {@code pay.order} settles at once, and what it leaves to recovery. */
class OrderAnswerTest {

  private final PaymentFixture fixture = new PaymentFixture();

  @Test
  void success_with_status_completed_is_approved_without_any_query() {
    fixture.gateway.onOrder(reply(completed("A1")));

    PaymentOutcome.Approved approved =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Approved.class);

    assertThat(approved.result()).isEqualTo(Replies.result("A1", "2"));
    assertThat(approved.decidedBy()).isEqualTo("approved: 000 at the order with status 2");
    assertThat(fixture.gateway.queries()).isEmpty();
    assertThat(fixture.gateway.onlyOrder().timeout())
        .isEqualTo(PaymentFixture.POLICY.replyTimeout());
  }

  @ParameterizedTest(name = "code {0} with status 1")
  @ValueSource(strings = {"000", "115", "110", "102", "106", "111", "112", "999", "555"})
  void status_closed_for_the_order_itself_is_declined_whatever_the_code(String code) {
    fixture.gateway.onOrder(reply(answered(code, "A1", "1")));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.code()).isEqualTo(ResponseCode.of(code));
    assertThat(declined.result().map(r -> r.status())).containsExactly(TransactionStatus.CLOSED);
    assertThat(declined.decidedBy())
        .isEqualTo("declined: " + ResponseCode.of(code).code() + " at the order with status 1");
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @ParameterizedTest(name = "code {0} without biz_data")
  @ValueSource(
      strings = {"110", "111", "114", "115", "116", "117", "118", "119", "120", "121", "202"})
  void a_refusal_before_any_card_was_read_is_declined_at_once(String code) {
    fixture.gateway.onOrder(reply(answeredWithoutBody(code)));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.merchantOrderNo()).isEqualTo(new MerchantOrderNo("A1"));
    assertThat(declined.code().code()).isEqualTo(code);
    assertThat(declined.result()).isEmpty();
    assertThat(declined.decidedBy()).isEqualTo("declined: " + code + " at the order");
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @ParameterizedTest(name = "code {0} with status {1}")
  @CsvSource({"115, 0", "115, 2", "106, 9", "119, 3", "110, 2"})
  void a_code_that_contradicts_its_status_is_not_trusted_and_is_queried(
      String code, String status) {
    fixture.gateway.onOrder(reply(answered(code, "A1", status)));
    fixture.gateway.onQuery(reply(completed("A1")));

    PaymentOutcome outcome = outcomeOf(fixture.submit("A1"));

    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);
    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void a_success_code_other_than_000_is_confirmed_by_query_even_with_status_completed() {
    fixture.gateway.onOrder(reply(answered("103", "A1", "2")));
    fixture.gateway.onQuery(reply(completed("A1")));

    PaymentOutcome.Approved approved =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Approved.class);

    assertThat(approved.decidedBy()).isEqualTo("approved: query #1 said status 2");
  }

  @ParameterizedTest(name = "status {0}")
  @ValueSource(strings = {"0", "9", "4", "7"})
  void success_with_a_status_a_sale_does_not_end_in_is_resolved_by_query(String status) {
    fixture.gateway.onOrder(reply(Replies.status("A1", status)));
    fixture.gateway.onQuery(reply(completed("A1")));

    PaymentOutcome outcome = outcomeOf(fixture.submit("A1"));

    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);
    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void success_without_any_body_is_resolved_by_query() {
    fixture.gateway.onOrder(reply(answeredWithoutBody("000")));
    fixture.gateway.onQuery(reply(Replies.status("A1", "1")));

    PaymentOutcome outcome = outcomeOf(fixture.submit("A1"));

    assertThat(outcome).isInstanceOf(PaymentOutcome.Declined.class);
    assertThat(outcome.decidedBy()).isEqualTo("declined: query #1 said status 1");
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);
  }

  @Test
  void the_order_is_marked_sent_in_the_journal_before_it_leaves() {
    fixture.gateway.beforeOrder(
        order ->
            assertThat(fixture.journal.entry("A1").state())
                .as("state while the gateway is sending")
                .isEqualTo(JournalState.PENDING));
    fixture.gateway.onOrder(ScriptedTerminalGateway.later());

    fixture.submit("A1");

    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.SENT);
  }

  @Test
  void an_order_whose_sent_mark_cannot_be_written_is_not_sent() {
    fixture.journal.failSentMarks(new IllegalStateException("disk full"));
    fixture.gateway.onOrder(reply(completed("A1")));

    PaymentOutcome.NotSent notSent = outcomeOf(fixture.submit("A1"), PaymentOutcome.NotSent.class);

    assertThat(notSent.reason()).isEqualTo(NotSentReason.JOURNAL_UNAVAILABLE);
    assertThat(notSent.detail()).contains("disk full");
    assertThat(fixture.gateway.orders()).isEmpty();
  }
}
