package io.ecrhub.it.reliability;

import static io.ecrhub.transport.loopback.FrameMatcher.clientToServer;
import static io.ecrhub.transport.loopback.FrameMatcher.containing;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.loopback.Direction;
import io.ecrhub.transport.loopback.FrameRecorder;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.loopback.ScriptedFaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the fault soak found: when the wire delivers a {@code pay.order} twice, the terminal starts
 * the order and refuses the copy with {@code 113} (duplicate merchant order number) at once — long
 * before the order's own answer. Read as a decline, that {@code 113} made a payment the terminal
 * then completed look declined, which invites the cashier to charge the customer again. The outcome
 * must instead come from the terminal's record.
 */
class DuplicatedOrderFrameTest {

  @Test
  void a_duplicate_order_refused_113_is_settled_by_the_terminals_record_not_declined() {
    FrameRecorder wire = new FrameRecorder();
    InMemoryOrderJournal journal = new InMemoryOrderJournal();
    try (LoopbackNetwork network =
            LoopbackNetwork.builder()
                .faults(
                    ScriptedFaults.builder()
                        .when(clientToServer().and(containing("ecrhub.pay.order")))
                        .once()
                        .duplicate()
                        .build())
                .observer(wire)
                .build();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                network.newTransport(),
                SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ofMillis(200)));
        EcrClient client =
            EcrClient.builder()
                .terminal(simulator.address())
                .appId("dup")
                .transport(network.newTransport())
                .journal(journal)
                .replyTimeout(Duration.ofSeconds(10))
                .queryTimeout(Duration.ofSeconds(2))
                .recoveryDeadline(Duration.ofSeconds(20))
                .recoverOnConnect(false)
                .build()) {

      PaymentOutcome outcome =
          client.submit(OrderDraft.sale().merchantOrderNo("D1").orderAmount("10.00"));

      assertThat(wire.countDelivered(Direction.SERVER_TO_CLIENT, text -> text.contains("\"113\"")))
          .as("the terminal refused the copy")
          .isEqualTo(1);
      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(simulator.ledger().find("D1").map(LedgerEntry::status))
          .containsExactly(TransactionStatus.COMPLETED);
      assertThat(journal.find(new MerchantOrderNo("D1")).map(JournalEntry::state))
          .containsExactly(JournalState.APPROVED);
      assertThat(wire.countSent(Direction.CLIENT_TO_SERVER, text -> text.contains("pay.order")))
          .as("the POS sent it once")
          .isEqualTo(1);
    }
  }
}
