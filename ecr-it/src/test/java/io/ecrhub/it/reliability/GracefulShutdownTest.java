package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EcrClient#close()} with an order in flight, over WebSocket on 127.0.0.1 with the SQLite
 * journal: an order the terminal finishes within the shutdown grace ends approved; one it does not
 * ends unknown and stays unfinished in the journal, and the next client's {@code recover()} settles
 * it. Either way the terminal saw one {@code pay.order}, and a closing client takes no new order.
 */
class GracefulShutdownTest {

  /** How long the simulator's delayed triggers (.94 silent, .95 slow approval) take here. */
  private static final Duration TRIGGER_DELAY = Duration.ofMillis(1_500);

  @TempDir Path dir;

  private TerminalSimulator simulator;
  private TyrusClientTransport transport;

  @BeforeEach
  void startTerminal() {
    simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults()
                .withPort(0)
                .withApproveDelay(Duration.ofMillis(5))
                .withTriggerTimings(TriggerTimings.all(TRIGGER_DELAY)));
    transport = new TyrusClientTransport();
  }

  @AfterEach
  void stopTerminal() {
    transport.close();
    simulator.close();
  }

  @Test
  void an_order_that_finishes_within_the_grace_is_approved_before_close_returns() throws Exception {
    Path file = dir.resolve("journal.db");
    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file)) {
      EcrClient client = client(journal, Duration.ofSeconds(20));
      client.connect().get(10, TimeUnit.SECONDS);
      CompletableFuture<PaymentOutcome> slowSale = client.submitAsync(sale("G1", "20.95"));
      awaitProcessing("G1");

      closeWithin(client, Duration.ofSeconds(30));

      assertThat(slowSale).isDone();
      assertThat(slowSale.get()).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(journal.find(new MerchantOrderNo("G1")).map(JournalEntry::state))
          .containsExactly(JournalState.APPROVED);
      assertThat(client.submit(sale("G2", "1.00")))
          .isInstanceOfSatisfying(
              PaymentOutcome.NotSent.class,
              notSent -> assertThat(notSent.reason()).isEqualTo(NotSentReason.CLIENT_CLOSED));
    }
    assertThat(simulator.ledger().find("G1").map(LedgerEntry::status))
        .containsExactly(TransactionStatus.COMPLETED);
    assertThat(simulator.ledger().payOrdersReceived("G1")).isEqualTo(1);
    assertThat(simulator.ledger().payOrdersReceived("G2")).isZero();
  }

  @Test
  void an_order_still_open_at_the_deadline_is_unknown_unfinished_and_recovered_by_the_next_client()
      throws Exception {
    Path file = dir.resolve("journal.db");
    CompletableFuture<PaymentOutcome> silentSale;
    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file)) {
      EcrClient client = client(journal, Duration.ofMillis(200));
      client.connect().get(10, TimeUnit.SECONDS);
      silentSale = client.submitAsync(sale("U1", "20.94"));
      awaitProcessing("U1");

      closeWithin(client, Duration.ofSeconds(30));

      assertThat(silentSale).isDone();
      assertThat(silentSale.get()).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(journal.unfinished().map(JournalEntry::merchantOrderNo))
          .containsExactly(new MerchantOrderNo("U1"));
    }
    assertThat(simulator.ledger().find("U1").map(LedgerEntry::status))
        .as("the terminal had not finished it when the client gave up")
        .containsExactly(TransactionStatus.PROCESSING);

    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file);
        EcrClient next = client(journal, Duration.ofSeconds(5))) {
      next.connect().get(10, TimeUnit.SECONDS);
      Seq<PaymentOutcome> recovered = next.recoverAsync().get(60, TimeUnit.SECONDS);

      assertThat(recovered).hasSize(1);
      assertThat(recovered.head()).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(journal.find(new MerchantOrderNo("U1")).map(JournalEntry::state))
          .containsExactly(JournalState.APPROVED);
      assertThat(journal.unfinished()).isEmpty();
    }
    assertThat(simulator.ledger().find("U1").map(LedgerEntry::status))
        .containsExactly(TransactionStatus.COMPLETED);
    assertThat(simulator.ledger().payOrdersReceived("U1")).isEqualTo(1);
  }

  private EcrClient client(JdbcOrderJournal journal, Duration shutdownGrace) {
    return EcrClient.builder()
        .terminal(simulator.address())
        .appId("shutdown")
        .transport(transport)
        .journal(journal)
        .replyTimeout(Duration.ofSeconds(30))
        .queryTimeout(Duration.ofSeconds(2))
        .recoveryDeadline(Duration.ofSeconds(30))
        .recoveryBackoff(new Backoff(Duration.ofMillis(50), 2.0, Duration.ofMillis(250)))
        .recoverOnConnect(false)
        .shutdownGrace(shutdownGrace)
        .build();
  }

  private static OrderDraft sale(String number, String amount) {
    return OrderDraft.sale().merchantOrderNo(number).orderAmount(amount);
  }

  /** Waits until the order is at the terminal, being worked on. */
  private void awaitProcessing(String number) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                simulator
                    .ledger()
                    .find(number)
                    .exists(entry -> entry.status().equals(TransactionStatus.PROCESSING)));
  }

  /** Closes on another thread, so that a close that never returns fails the test. */
  private static void closeWithin(EcrClient client, Duration patience) throws Exception {
    CompletableFuture.runAsync(client::close).get(patience.toMillis(), TimeUnit.MILLISECONDS);
  }
}
