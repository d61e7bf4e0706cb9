package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.ClientStats;
import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One simulated terminal, {@value #CLIENTS} clients each on its own WebSocket connection over
 * 127.0.0.1, all paying and querying at once, sharing one Tyrus client transport and one timer:
 * every request is answered exactly once (no timeout, no late, stray or undecodable answer, no
 * connection lost) and every outcome and query answer agrees with the terminal's ledger.
 */
class TyrusLoadTest {

  static final int CLIENTS = 100;
  static final int SALES_PER_CLIENT = 30;

  /** Every fifth sale is declined by the simulator's {@code .91} trigger. */
  private static final String DECLINED_AMOUNT = "12.91";

  private static final String APPROVED_AMOUNT = "12.34";

  @Test
  void a_hundred_clients_at_once_get_every_answer_exactly_once() throws Exception {
    Map<String, PaymentOutcome> outcomes = new ConcurrentHashMap<>();
    Map<String, TerminalReply<TransactionResult>> queried = new ConcurrentHashMap<>();
    ScheduledExecutorService timer = Timers.newTimer();
    List<EcrClient> clients = new ArrayList<>();
    try (TyrusClientTransport transport = new TyrusClientTransport();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                new TyrusServerTransport(),
                SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ofMillis(5)))) {
      try {
        for (int i = 0; i < CLIENTS; i++) {
          clients.add(
              EcrClient.builder()
                  .terminal(simulator.address())
                  .appId("load" + i)
                  .transport(transport)
                  .timer(timer)
                  .replyTimeout(Duration.ofSeconds(30))
                  .queryTimeout(Duration.ofSeconds(30))
                  .recoverOnConnect(false)
                  .journal(new InMemoryOrderJournal())
                  .build());
        }
        CompletableFuture.allOf(
                clients.stream().map(EcrClient::connect).toArray(CompletableFuture[]::new))
            .get(30, TimeUnit.SECONDS);

        List<CompletableFuture<Void>> tills = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          tills.add(payAndQuery(clients.get(i), i, outcomes, queried));
        }
        CompletableFuture.allOf(tills.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (int i = 0; i < CLIENTS; i++) {
          assertEveryRequestAnsweredOnce(i, clients.get(i).stats());
        }
      } finally {
        clients.forEach(EcrClient::close);
        timer.shutdownNow();
      }

      assertThat(outcomes).hasSize(CLIENTS * SALES_PER_CLIENT);
      assertThat(queried).hasSize(CLIENTS * SALES_PER_CLIENT);
      outcomes.forEach(
          (number, outcome) ->
              assertAgreesWithLedger(simulator, number, outcome, queried.get(number)));
      assertThat(simulator.ledger().orders()).hasSize(CLIENTS * SALES_PER_CLIENT);
      assertThat(simulator.ledger().payOrdersReceived()).isEqualTo(CLIENTS * SALES_PER_CLIENT);
    }
  }

  /** One till: a sale, then a query of it, and again, one request at a time. */
  private static CompletableFuture<Void> payAndQuery(
      EcrClient client,
      int till,
      Map<String, PaymentOutcome> outcomes,
      Map<String, TerminalReply<TransactionResult>> queried) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int sale = 0; sale < SALES_PER_CLIENT; sale++) {
      String number = String.format("T%03dS%03d", till, sale);
      String amount = sale % 5 == 4 ? DECLINED_AMOUNT : APPROVED_AMOUNT;
      chain =
          chain
              .thenCompose(
                  ignored ->
                      client.submitAsync(
                          OrderDraft.sale().merchantOrderNo(number).orderAmount(amount)))
              .thenCompose(
                  outcome -> {
                    outcomes.put(number, outcome);
                    return client.queryAsync(new MerchantOrderNo(number));
                  })
              .thenAccept(reply -> queried.put(number, reply));
    }
    return chain;
  }

  private static void assertEveryRequestAnsweredOnce(int till, ClientStats stats) {
    assertThat(stats.requestsSent())
        .as("requests of till %d", till)
        .isEqualTo(2L * SALES_PER_CLIENT);
    assertThat(stats.repliesMatched())
        .as("answers of till %d: %s", till, stats)
        .isEqualTo(stats.requestsSent());
    assertThat(
            List.of(
                stats.timeouts(),
                stats.lateReplies(),
                stats.unmatchedReplies(),
                stats.undecodableFrames(),
                stats.connectionsLost()))
        .as("timeouts, late, unmatched, undecodable, lost of till %d", till)
        .containsOnly(0L);
  }

  private static void assertAgreesWithLedger(
      TerminalSimulator simulator,
      String number,
      PaymentOutcome outcome,
      TerminalReply<TransactionResult> query) {
    LedgerEntry entry = simulator.ledger().find(number).getOrElseThrow(AssertionError::new);
    assertThat(simulator.ledger().payOrdersReceived(number)).as(number).isEqualTo(1);
    if (entry.orderAmount().toWire().equals(DECLINED_AMOUNT)) {
      assertThat(outcome).as(number).isInstanceOf(PaymentOutcome.Declined.class);
      assertThat(entry.status()).as(number).isEqualTo(TransactionStatus.CLOSED);
    } else {
      assertThat(outcome).as(number).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(((PaymentOutcome.Approved) outcome).result().transNo())
          .as(number)
          .containsExactly(entry.transNo());
      assertThat(entry.status()).as(number).isEqualTo(TransactionStatus.COMPLETED);
    }
    assertThat(query).as(number).isInstanceOf(TerminalReply.Answered.class);
    TerminalReply.Answered<TransactionResult> answered =
        (TerminalReply.Answered<TransactionResult>) query;
    assertThat(answered.code()).as(number).isEqualTo(ResponseCode.SUCCESS);
    assertThat(answered.body().map(TransactionResult::status))
        .as(number)
        .isEqualTo(Option.some(entry.status()));
    assertThat(answered.body().flatMap(TransactionResult::transNo))
        .as(number)
        .containsExactly(entry.transNo());
  }
}
