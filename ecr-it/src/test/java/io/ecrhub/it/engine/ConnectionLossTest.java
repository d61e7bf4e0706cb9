package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.LedgerAgreement.assertNotSent;
import static io.ecrhub.it.engine.TerminalRig.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.protocol.spi.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A terminal the client cannot reach, and one that goes away in the middle of a payment and comes
 * back: over both wires.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionLossTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void an_unreachable_terminal_gets_nothing_and_the_order_is_not_sent(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      rig.simulator().close(); // switched off: its address refuses connections
      InMemoryOrderJournal journal = new InMemoryOrderJournal();
      EcrClient pos =
          rig.build(client -> client.connectTimeout(Duration.ofMillis(300)).journal(journal));

      assertThatThrownBy(
              () -> pos.connect().get(TerminalRig.PATIENCE.toSeconds(), TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(TransportException.class);
      PaymentOutcome outcome =
          pos.submit(OrderDraft.sale().merchantOrderNo("DARK1").orderAmount("10.00"));

      PaymentOutcome.NotSent notSent = assertNotSent(outcome, rig.ledger());
      assertThat(notSent.reason()).isEqualTo(NotSentReason.UNREACHABLE);
      assertThat(rig.ledger().payOrdersReceived()).isZero();
      assertThat(pos.stats().requestsSent()).isZero();
      assertThat(journal.find(new MerchantOrderNo("DARK1")).map(JournalEntry::state))
          .containsExactly(JournalState.NOT_SENT);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void recovery_waits_out_a_terminal_that_went_away_and_resumes_when_it_is_back(Wire wire) {
    try (ScenarioWire scenario = wire.open();
        DetachableTerminal terminal =
            new DetachableTerminal(scenario, TerminalRig.fastSimulator(scenario.terminalHost()))) {
      EcrClient pos =
          TerminalRig.fastClient(terminal.attach())
              .transport(scenario.newClientTransport())
              .build();
      try (pos) {
        await(pos.connect());
        // .94: the terminal works on the order without a word, then completes it
        CompletableFuture<PaymentOutcome> paying =
            pos.submitAsync(OrderDraft.sale().merchantOrderNo("ROAM1").orderAmount("10.94"));
        awaitStatus(terminal, "ROAM1", TransactionStatus.PROCESSING);

        terminal.detach();
        awaitStatus(terminal, "ROAM1", TransactionStatus.COMPLETED);
        assertThat(paying)
            .as("with the terminal out of reach, the outcome cannot be known yet")
            .isNotDone();
        terminal.attach();

        assertApproved(await(paying), terminal.ledger());
        // At least the one the terminal dropped: Tyrus lets a reconnect complete its handshake
        // while a closing binding drains, then drops it too.
        assertThat(pos.stats().connectionsLost()).isPositive();
      }
    }
  }

  private static void awaitStatus(
      DetachableTerminal terminal, String orderNo, TransactionStatus status) {
    await()
        .atMost(TerminalRig.PATIENCE)
        .until(
            () -> terminal.ledger().find(orderNo).exists(entry -> entry.status().equals(status)));
  }
}
