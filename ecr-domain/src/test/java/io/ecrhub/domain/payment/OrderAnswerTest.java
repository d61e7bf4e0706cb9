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
    assertThat(fixture.gateway.queries()).isEmpty();
    assertThat(fixture.gateway.onlyOrder().timeout())
        .isEqualTo(PaymentFixture.POLICY.replyTimeout());
  }

  @ParameterizedTest(name = "code {0} with status 1")
  @ValueSource(strings = {"115", "110", "102", "106", "111", "112", "114", "120", "202"})
  void a_failure_code_with_status_closed_is_declined_with_that_code(String code) {
    fixture.gateway.onOrder(reply(answered(code, "A1", "1")));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.code()).isEqualTo(ResponseCode.of(code));
    assertThat(declined.message()).isEqualTo(ResponseCode.of(code).description());
    assertThat(declined.result().map(r -> r.status())).containsExactly(TransactionStatus.CLOSED);
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @ParameterizedTest(name = "code {0} without biz_data")
  @ValueSource(strings = {"115", "110", "116", "999"})
  void a_failure_code_without_any_body_is_declined_with_that_code(String code) {
    fixture.gateway.onOrder(reply(answeredWithoutBody(code)));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.merchantOrderNo()).isEqualTo(new MerchantOrderNo("A1"));
    assertThat(declined.code().code()).isEqualTo(code);
    assertThat(declined.result()).isEmpty();
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @Test
  void a_failure_code_with_status_cancelled_is_declined() {
    fixture.gateway.onOrder(reply(answered("119", "A1", "3")));

    assertThat(outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class).code().code())
        .isEqualTo("119");
  }

  @ParameterizedTest(name = "status {0}")
  @CsvSource({"1, closed", "3, cancelled"})
  void success_with_a_final_status_other_than_completed_is_declined(String status, String label) {
    fixture.gateway.onOrder(reply(Replies.status("A1", status)));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.message()).isEqualTo("the terminal reports the transaction " + label);
    assertThat(declined.result().map(r -> r.status().code())).containsExactly(status);
    assertThat(fixture.gateway.queries()).isEmpty();
  }

  @ParameterizedTest(name = "status {0}")
  @ValueSource(strings = {"0", "9", "4"})
  void success_with_a_status_that_is_not_final_is_resolved_by_query(String status) {
    fixture.gateway.onOrder(reply(Replies.status("A1", status)));
    fixture.gateway.onQuery(reply(completed("A1")));

    PaymentOutcome outcome = outcomeOf(fixture.submit("A1"));

    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);
    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @ParameterizedTest(name = "code {0} with status {1}")
  @CsvSource({"115, 0", "115, 2", "106, 9"})
  void a_failure_code_that_contradicts_its_status_is_not_trusted_and_is_queried(
      String code, String status) {
    fixture.gateway.onOrder(reply(answered(code, "A1", status)));
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
    assertThat(fixture.gateway.queriesFor("A1")).hasSize(1);
  }
}
