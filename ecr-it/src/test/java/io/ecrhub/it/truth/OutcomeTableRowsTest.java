package io.ecrhub.it.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the two tables of the "outcome truth" issue, over a real WebSocket (Tyrus on
 * 127.0.0.1) through the public API, against the simulator rehearsing the row: the outcome is what
 * the terminal's ledger says is the truth.
 */
class OutcomeTableRowsTest {

  private TerminalSimulator simulator;
  private EcrClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  @ParameterizedTest(name = "{0} is approved once a query says completed")
  @CsvSource({"12.81, 103", "12.82, 999", "12.83, 112"})
  void a_code_that_proves_nothing_without_a_status_is_confirmed_by_query(
      String amount, String code) {
    start(options -> options);

    PaymentOutcome outcome = client.submit(sale("ROW1", amount));

    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(outcome.decidedBy()).startsWith("approved: query #");
    assertThat(ledgerStatus("ROW1")).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(simulator.ledger().payOrdersReceived("ROW1")).isEqualTo(1);
  }

  @Test
  void an_order_the_terminal_registers_only_seconds_after_the_socket_dropped_is_approved() {
    // the client queries at 0, 0.2, 0.6, 1.4, 3.0 s: the terminal registers the order at 2 s
    start(
        options ->
            options.withTriggerTimings(
                TriggerTimings.defaults().withLateRegistration(Duration.ofSeconds(2))));

    PaymentOutcome outcome = client.submit(sale("ROW2", "12.84"));

    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(ledgerStatus("ROW2")).isEqualTo(TransactionStatus.COMPLETED);
  }

  @Test
  void a_void_answered_000_with_status_cancelled_took_effect() {
    start(options -> options);
    assertThat(client.submit(sale("ROW3S", "40.78"))).isInstanceOf(PaymentOutcome.Approved.class);

    PaymentOutcome outcome =
        client.submit(
            OrderDraft.voidOrder()
                .merchantOrderNo("ROW3V")
                .origMerchantOrderNo("ROW3S")
                .orderAmount("40.78"));

    PaymentOutcome.Approved approved = (PaymentOutcome.Approved) outcome;
    assertThat(approved.result().status()).isEqualTo(TransactionStatus.CANCELLED);
    assertThat(approved.decidedBy()).isEqualTo("approved: 000 at the order with status 3");
    assertThat(ledgerStatus("ROW3S")).isEqualTo(TransactionStatus.CANCELLED);
  }

  @Test
  void a_bare_121_from_a_terminal_that_never_echoes_request_id_is_declined_at_once() {
    start(options -> options.withEchoRequestId(false));

    PaymentOutcome outcome = client.submit(sale("ROW4", "12.85"));

    PaymentOutcome.Declined declined = (PaymentOutcome.Declined) outcome;
    assertThat(declined.code()).isEqualTo(ResponseCode.AMOUNT_FORMAT);
    assertThat(declined.decidedBy()).isEqualTo("declined: 121 at the order");
    assertThat(client.stats().timeouts()).as("no reply timeout was waited out").isZero();
    assertThat(simulator.ledger().find("ROW4")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} reported otherwise is a mismatch")
  @CsvSource({
    "7.87, order_amount, 0.01",
    "7.88, trans_type, 3",
    "7.89, tip_amount, 500.00",
    "7.90, order_amount, \"1e999999\""
  })
  void an_approval_that_does_not_match_the_order_is_a_mismatch(
      String amount, String field, String reported) {
    start(options -> options);

    PaymentOutcome outcome = client.submit(sale("ROW5", amount));

    PaymentOutcome.Mismatch mismatch = (PaymentOutcome.Mismatch) outcome;
    assertThat(mismatch.differences()).extracting(Difference::field).containsExactly(field);
    assertThat(mismatch.differences().head().reported()).isEqualTo(reported);
    assertThat(mismatch.decidedBy()).startsWith("mismatch: 000 at the order with status 2, but ");
  }

  @Test
  void a_113_for_a_number_another_till_used_is_a_refusal_of_this_order() throws Exception {
    start(options -> options);
    try (EcrClient otherTill = client(options -> options)) {
      otherTill.connect().join();
      assertThat(otherTill.submit(sale("ROW6", "50.00")))
          .isInstanceOf(PaymentOutcome.Approved.class);
    }

    PaymentOutcome outcome = client.submit(sale("ROW6", "20.00"));

    PaymentOutcome.Declined declined = (PaymentOutcome.Declined) outcome;
    assertThat(declined.code()).isEqualTo(ResponseCode.DUPLICATE_ORDER_NO);
    assertThat(declined.message()).contains("sale of 50.00");
    assertThat(declined.decidedBy())
        .startsWith("declined: 113 at the order, and query #1 shows another transaction");
    assertThat(simulator.ledger().find("ROW6").get().orderAmount().toWire()).isEqualTo("50.00");
  }

  private void start(UnaryOperator<SimulatorOptions> change) {
    simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(), change.apply(SimulatorOptions.defaults().withPort(0)));
    client = client(builder -> builder);
    client.connect().join();
  }

  private EcrClient client(UnaryOperator<io.ecrhub.app.api.EcrClientBuilder> change) {
    return change
        .apply(
            EcrClient.builder()
                .terminal(simulator.address())
                .appId("truth-rows")
                .journal(new InMemoryOrderJournal())
                .replyTimeout(Duration.ofSeconds(20))
                .recoveryBackoff(new Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(2)))
                .recoveryDeadline(Duration.ofSeconds(30)))
        .build();
  }

  private static OrderDraft sale(String number, String amount) {
    return OrderDraft.sale().merchantOrderNo(number).orderAmount(amount);
  }

  private TransactionStatus ledgerStatus(String number) {
    return simulator.ledger().find(number).get().status();
  }
}
