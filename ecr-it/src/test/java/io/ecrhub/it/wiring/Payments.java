package io.ecrhub.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientBuilder;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalLedger;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The payment every wiring test takes, and the fast settings it takes it with. */
final class Payments {

  static final String APP_ID = "ecrhubit";

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Payments() {}

  /** A simulator that approves at once, on an ephemeral port of {@code host}. */
  static SimulatorOptions fastSimulator(String host) {
    return SimulatorOptions.defaults().withHost(host).withPort(0).withApproveDelay(Duration.ZERO);
  }

  /** A client configuration for {@code terminal} with short timeouts. */
  static EcrClientBuilder fastClient(URI terminal) {
    return EcrClient.builder()
        .terminal(terminal)
        .appId(APP_ID)
        .journal(new InMemoryOrderJournal())
        .replyTimeout(Duration.ofSeconds(10))
        .queryTimeout(Duration.ofSeconds(2))
        .connectTimeout(Duration.ofSeconds(3))
        .shutdownGrace(Duration.ofMillis(200));
  }

  /**
   * Connects {@code pos} and pays one sale: approved, exactly as the terminal's ledger has it, and
   * sent once.
   */
  static TransactionResult payOnce(EcrClient pos, String orderNo, TerminalLedger ledger)
      throws Exception {
    pos.connect().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    PaymentOutcome outcome =
        pos.submitAsync(OrderDraft.sale().merchantOrderNo(orderNo).orderAmount("21.00"))
            .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
    TransactionResult result = ((PaymentOutcome.Approved) outcome).result();
    Option<LedgerEntry> entry = ledger.find(orderNo);
    assertThat(entry).as("ledger entry of " + orderNo).isNotEmpty();
    assertThat(entry.get().status()).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(result.transNo()).isEqualTo(Option.some(entry.get().transNo()));
    assertThat(ledger.payOrdersReceived(orderNo))
        .as("pay.order frames for " + orderNo)
        .isEqualTo(1);
    return result;
  }
}
