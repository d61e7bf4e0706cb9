package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.answeredWithoutBody;
import static io.ecrhub.domain.payment.Replies.completedAs;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A final success is approved only when it is the order that was sent: a terminal that reports
 * another amount, type or tip under the order's number has not made this payment as ordered.
 */
class AnswerMatchesOrderTest {

  private final PaymentFixture fixture = new PaymentFixture();

  /** The fixture's sale: 20.34, no tip, no cashback. */
  static Stream<org.junit.jupiter.params.provider.Arguments> reportsThatDifferFromTheOrder() {
    return Stream.of(
        case_(
            "another amount",
            builder -> builder.orderAmount(Amount.parseOrThrow("0.01")),
            new Difference("order_amount", "20.34", "0.01")),
        case_(
            "another type",
            builder -> builder.type(TransactionType.REFUND),
            new Difference("trans_type", "1", "3")),
        case_(
            "a tip the order did not ask for",
            builder -> builder.tipAmount(Option.some(Amount.parseOrThrow("500.00"))),
            new Difference("tip_amount", "(none)", "500.00")),
        case_(
            "cashback the order did not ask for",
            builder -> builder.cashbackAmount(Option.some(Amount.parseOrThrow("5.00"))),
            new Difference("cashback_amount", "(none)", "5.00")),
        case_(
            "an amount that cannot be read",
            builder ->
                builder
                    .orderAmount(Option.none())
                    .extraFields(LinkedHashMap.of("order_amount", "\"1e999999\"")),
            new Difference("order_amount", "20.34", "\"1e999999\"")),
        case_(
            "an original the order did not name",
            builder -> builder.origMerchantOrderNo(Option.some(new MerchantOrderNo("Z9"))),
            new Difference("orig_merchant_order_no", "(none)", "Z9")));
  }

  private static org.junit.jupiter.params.provider.Arguments case_(
      String name, UnaryOperator<TransactionResult.Builder> adjust, Difference expected) {
    return org.junit.jupiter.params.provider.Arguments.of(Named.of(name, adjust), expected);
  }

  @ParameterizedTest(name = "{0} at the order")
  @MethodSource("reportsThatDifferFromTheOrder")
  void a_success_that_differs_from_the_order_is_a_mismatch_not_an_approval(
      UnaryOperator<TransactionResult.Builder> adjust, Difference expected) {
    fixture.gateway.onOrder(reply(completedAs("A1", adjust)));

    PaymentOutcome.Mismatch mismatch =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Mismatch.class);

    assertThat(mismatch.differences()).containsExactly(expected);
    assertThat(mismatch.decidedBy())
        .isEqualTo("mismatch: 000 at the order with status 2, but " + expected);
    assertThat(fixture.journal.entry("A1").state()).isEqualTo(JournalState.MISMATCH);
    assertThat(fixture.journal.entry("A1").note().get()).contains(expected.toString());
    assertThat(fixture.journal.unfinished()).as("a mismatch is not left to recover()").isEmpty();
  }

  @ParameterizedTest(name = "{0} from a query")
  @MethodSource("reportsThatDifferFromTheOrder")
  void a_queried_success_that_differs_from_the_order_is_a_mismatch_too(
      UnaryOperator<TransactionResult.Builder> adjust, Difference expected) {
    fixture.gateway.onOrder(reply(answeredWithoutBody("108")));
    fixture.gateway.onQuery(reply(completedAs("A1", adjust)));

    PaymentOutcome.Mismatch mismatch =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Mismatch.class);

    assertThat(mismatch.differences()).containsExactly(expected);
    assertThat(mismatch.decidedBy()).startsWith("mismatch: query #1 said status 2, but ");
  }

  @Test
  void fields_the_terminal_leaves_out_and_equal_values_written_otherwise_are_no_difference() {
    fixture.gateway.onOrder(
        reply(
            completedAs(
                "A1",
                builder ->
                    builder
                        .type(Option.none())
                        .orderAmount(Amount.parseOrThrow("20.340"))
                        .tipAmount(Option.some(Amount.parseOrThrow("0.00"))))));

    assertThat(outcomeOf(fixture.submit("A1"))).isInstanceOf(PaymentOutcome.Approved.class);
  }

  @Test
  void tip_and_cashback_that_were_sent_must_come_back_as_sent() {
    PaymentOrder cashback =
        OrderDraft.ofType(TransactionType.CASHBACK)
            .merchantOrderNo("C1")
            .orderAmount("20.34")
            .tipAmount("1.00")
            .cashbackAmount("10.00")
            .build();
    fixture.gateway.onOrder(
        reply(
            completedAs(
                "C1",
                builder ->
                    builder
                        .type(TransactionType.CASHBACK)
                        .tipAmount(Option.some(Amount.parseOrThrow("1.00")))
                        .cashbackAmount(Option.some(Amount.parseOrThrow("1.00"))))));

    PaymentOutcome.Mismatch mismatch =
        outcomeOf(fixture.service.submit(cashback), PaymentOutcome.Mismatch.class);

    assertThat(mismatch.differences())
        .containsExactly(new Difference("cashback_amount", "10.00", "1.00"));
  }

  @Test
  void a_113_whose_query_shows_this_very_order_is_the_order_delivered_twice() {
    fixture.gateway.onOrder(reply(answeredWithoutBody("113")));
    fixture.gateway.onQuery(reply(Replies.completed("A1")));

    PaymentOutcome.Approved approved =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Approved.class);

    assertThat(approved.decidedBy()).isEqualTo("approved: query #1 said status 2");
  }

  @Test
  void a_113_whose_query_shows_another_transaction_is_a_refusal_of_this_order() {
    fixture.gateway.onOrder(reply(answeredWithoutBody("113")));
    fixture.gateway.onQuery(
        reply(
            completedAs(
                "A1",
                builder -> builder.orderAmount(Amount.parseOrThrow("50.00")).transNo("T-OTHER"))));

    PaymentOutcome.Declined declined =
        outcomeOf(fixture.submit("A1"), PaymentOutcome.Declined.class);

    assertThat(declined.code()).isEqualTo(ResponseCode.DUPLICATE_ORDER_NO);
    assertThat(declined.result()).as("the other transaction is not this order's").isEmpty();
    assertThat(declined.message())
        .contains("another transaction (sale of 50.00, trans_no T-OTHER)");
    assertThat(declined.decidedBy())
        .isEqualTo(
            "declined: 113 at the order, and query #1 shows another transaction under this"
                + " number (order_amount 50.00 (sent 20.34))");
  }

  @Test
  void a_113_whose_other_transaction_is_still_processing_is_decided_without_waiting() {
    fixture.gateway.onOrder(reply(answeredWithoutBody("113")));
    fixture.gateway.onQuery(
        reply(
            new TerminalReply.Answered<>(
                ResponseCode.SUCCESS,
                "",
                Option.some(
                    Replies.result("A1", "0").toBuilder()
                        .type(TransactionType.PRE_AUTH)
                        .build()))));

    assertThat(outcomeOf(fixture.submit("A1"))).isInstanceOf(PaymentOutcome.Declined.class);
  }

  @Test
  void a_void_answered_with_status_cancelled_took_effect() {
    PaymentOrder voidOrder =
        OrderDraft.voidOrder()
            .merchantOrderNo("V1")
            .origMerchantOrderNo("S1")
            .orderAmount("20.34")
            .build();
    fixture.gateway.onOrder(
        reply(
            completedAs(
                "V1",
                builder ->
                    builder
                        .status(TransactionStatus.CANCELLED)
                        .type(TransactionType.VOID)
                        .origMerchantOrderNo(Option.some(new MerchantOrderNo("S1"))))));

    PaymentOutcome.Approved approved =
        outcomeOf(fixture.service.submit(voidOrder), PaymentOutcome.Approved.class);

    assertThat(approved.result().status()).isEqualTo(TransactionStatus.CANCELLED);
    assertThat(approved.decidedBy()).isEqualTo("approved: 000 at the order with status 3");
  }

  @Test
  void a_completion_reported_captured_is_a_final_success() {
    PaymentOrder completion =
        OrderDraft.ofType(TransactionType.COMPLETION)
            .merchantOrderNo("P2")
            .origMerchantOrderNo("P1")
            .orderAmount("20.34")
            .build();
    fixture.gateway.onOrder(reply(answeredWithoutBody("108")));
    fixture.gateway.onQuery(
        reply(
            completedAs(
                "P2",
                builder ->
                    builder
                        .status(TransactionStatus.CAPTURED)
                        .type(TransactionType.COMPLETION)
                        .origMerchantOrderNo(Option.some(new MerchantOrderNo("P1"))))));

    CompletableFuture<PaymentOutcome> outcome =
        fixture.service.submit(completion).toCompletableFuture();

    assertThat(outcomeOf(outcome).decidedBy()).isEqualTo("approved: query #1 said status 4");
  }

  @Test
  void after_a_restart_the_order_is_matched_against_what_the_journal_says_was_sent() {
    RecordingJournal journal = new RecordingJournal();
    PaymentOrder withTip =
        OrderDraft.sale().merchantOrderNo("T1").orderAmount("20.34").tipAmount("2.00").build();
    journal.recordPending(
        io.ecrhub.domain.port.JournalEntry.pending(
            journal.writer(), PaymentFixture.TERMINAL, withTip, PaymentFixture.START));
    journal.markSent(withTip.merchantOrderNo(), PaymentFixture.START);
    PaymentFixture restarted = new PaymentFixture(journal, PaymentFixture.TERMINAL);
    restarted.gateway.onQuery(
        reply(
            completedAs(
                "T1", builder -> builder.tipAmount(Option.some(Amount.parseOrThrow("20.00"))))));

    PaymentOutcome outcome = restarted.service.recover().toCompletableFuture().join().head();

    assertThat(outcome).isInstanceOf(PaymentOutcome.Mismatch.class);
    assertThat(((PaymentOutcome.Mismatch) outcome).differences())
        .containsExactly(new Difference("tip_amount", "2.00", "20.00"));
  }
}
