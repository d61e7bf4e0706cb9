package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.PaymentFixture.outcomeOf;
import static io.ecrhub.domain.payment.Replies.answeredWithoutBody;
import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.Replies.processing;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.payment.OutcomeRules.OrderAnswer;
import io.ecrhub.domain.result.PaymentOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outcome table of {@code docs/protocol.md}, row by row: each row is read from the document,
 * compared with {@link OutcomeRules}, and then driven through the payment engine — a code that
 * declines settles the order at once without a query; a code that proves nothing leaves it to a
 * query, whose answer decides.
 */
class OutcomeTableTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "protocol.md");

  private static final Map<String, OrderAnswer> VERDICTS =
      Map.of(
          "by status", OrderAnswer.BY_STATUS,
          "declined", OrderAnswer.REFUSED,
          "declined for a follow-up, else query", OrderAnswer.REFUSED_FOR_FOLLOW_UP,
          "query: ours or another's", OrderAnswer.NUMBER_TAKEN,
          "query", OrderAnswer.CONFIRM_BY_QUERY);

  /** One row of the document's table. */
  record Row(String code, OrderAnswer answer, String reason) {
    @Override
    public String toString() {
      return code + " → " + answer;
    }

    ResponseCode responseCode() {
      // "any other" stands for every code no table names
      return ResponseCode.of(code.equals("any other") ? "555" : code);
    }
  }

  static Stream<Row> rows() throws IOException {
    String text = Files.readString(DOCUMENT);
    String table =
        text.substring(
            text.indexOf("<!-- outcome-table:start -->"),
            text.indexOf("<!-- outcome-table:end -->"));
    return table
        .lines()
        .filter(line -> line.startsWith("| `") || line.startsWith("| any other"))
        .map(
            line -> {
              List<String> cells =
                  Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toList();
              OrderAnswer answer = VERDICTS.get(cells.get(2));
              assertThat(answer).as("verdict of row %s", line).isNotNull();
              return new Row(cells.get(0).replace("`", ""), answer, cells.get(3));
            });
  }

  @Test
  void the_document_names_every_code_of_the_rules_once() {
    List<String> documented = rowsList().stream().map(Row::code).toList();

    assertThat(documented)
        .doesNotHaveDuplicates()
        .containsAll(OutcomeRules.table().map(rule -> rule.code().code()).toJavaList())
        .contains("any other");
    assertThat(documented).hasSize(OutcomeRules.table().size() + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void the_document_says_what_the_rules_say(Row row) {
    OutcomeRules.CodeRule rule = OutcomeRules.forCode(row.responseCode());

    assertThat(rule.answer()).isEqualTo(row.answer());
    assertThat(rule.reason()).isEqualTo(row.reason());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void the_engine_does_what_the_row_says(Row row) {
    PaymentFixture fixture = new PaymentFixture();
    PaymentOrder order = orderFor(row);
    String number = order.merchantOrderNo().value();
    fixture.gateway.onOrder(reply(answeredWithoutBody(row.responseCode().code())));
    fixture.gateway.onQuery(reply(processing(number)), reply(completed(number)));

    CompletableFuture<PaymentOutcome> outcome = fixture.service.submit(order).toCompletableFuture();

    if (declinesAtOnce(row)) {
      PaymentOutcome.Declined declined = outcomeOf(outcome, PaymentOutcome.Declined.class);
      assertThat(declined.code()).isEqualTo(row.responseCode());
      assertThat(declined.decidedBy())
          .isEqualTo("declined: " + row.responseCode().code() + " at the order");
      assertThat(fixture.gateway.queries()).isEmpty();
    } else {
      assertThat(outcome).as("outcome before any query was answered").isNotDone();
      fixture.advanceSeconds(1);
      PaymentOutcome decided = outcomeOf(outcome);
      assertThat(decided.decidedBy()).isEqualTo("approved: query #2 said status 2");
      assertThat(fixture.gateway.queriesFor(number)).hasSize(2);
    }
    assertThat(fixture.gateway.orders()).as("pay.order requests").hasSize(1);
  }

  @Test
  void a_104_proves_nothing_to_an_order_without_an_original() {
    PaymentFixture fixture = new PaymentFixture();
    fixture.gateway.onOrder(reply(answeredWithoutBody("104")));
    fixture.gateway.onQuery(reply(completed("A1")));

    assertThat(outcomeOf(fixture.submit("A1"))).isInstanceOf(PaymentOutcome.Approved.class);
  }

  private static boolean declinesAtOnce(Row row) {
    return row.answer() == OrderAnswer.REFUSED || row.answer() == OrderAnswer.REFUSED_FOR_FOLLOW_UP;
  }

  /** A void for the follow-up rows (the 104 row is about originals), a sale for every other. */
  private static PaymentOrder orderFor(Row row) {
    if (row.answer() == OrderAnswer.REFUSED_FOR_FOLLOW_UP) {
      return OrderDraft.voidOrder()
          .merchantOrderNo("V1")
          .origMerchantOrderNo("S1")
          .orderAmount("20.34")
          .build();
    }
    return PaymentFixture.sale("A1");
  }

  private static List<Row> rowsList() {
    try {
      return rows().toList();
    } catch (IOException unreadable) {
      throw new AssertionError("cannot read " + DOCUMENT.toAbsolutePath(), unreadable);
    }
  }
}
