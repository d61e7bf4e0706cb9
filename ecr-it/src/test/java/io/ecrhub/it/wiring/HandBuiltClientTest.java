package io.ecrhub.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientBuilder;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.payment.PaymentPolicy;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.client.ClientSession;
import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.client.LinkOptions;
import io.ecrhub.protocol.client.SessionOptions;
import io.ecrhub.protocol.client.SessionTerminalGateway;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client without Guice: from the builder alone, and from its parts' public constructors. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HandBuiltClientTest {

  @Test
  void the_builder_alone_makes_a_client_that_pays_over_its_own_websocket_transport()
      throws Exception {
    try (TerminalSimulator simulator =
        TerminalSimulator.start(new TyrusServerTransport(), Payments.fastSimulator("127.0.0.1"))) {
      // no transport, journal or timer handed in: the client makes (and closes) its own
      try (EcrClient pos = Payments.fastClient(simulator.address()).build()) {
        assertThat(pos.terminal()).isEqualTo(simulator.address().toString());

        Payments.payOnce(pos, "HAND1", simulator.ledger());
      }
    }
  }

  @Test
  void the_engine_composes_from_public_constructors_without_the_facade() throws Exception {
    ScheduledExecutorService timer = Timers.newTimer();
    InMemoryOrderJournal journal = new InMemoryOrderJournal();
    Clock clock = Clock.systemUTC();
    try (LoopbackNetwork network = new LoopbackNetwork();
        TerminalSimulator simulator =
            TerminalSimulator.start(network.newTransport(), Payments.fastSimulator("terminal"));
        ClientSession session =
            new ClientSession(
                simulator.address(),
                network.newTransport(),
                ProtocolCodec.standard(),
                SessionOptions.of(Payments.APP_ID),
                LinkOptions.defaults(),
                timer,
                clock)) {
      PaymentService payments =
          new PaymentService(
              new SessionTerminalGateway(session, CurrencyScale.TWO),
              journal,
              new ExecutorScheduler(timer, clock),
              PaymentPolicy.defaults().withReplyTimeout(Duration.ofSeconds(10)));

      PaymentOutcome outcome =
          payments
              .submit(OrderDraft.sale().merchantOrderNo("PARTS1").orderAmount("3.30").build())
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);

      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(((PaymentOutcome.Approved) outcome).result().transNo())
          .isEqualTo(simulator.ledger().find("PARTS1").map(entry -> entry.transNo()));
      assertThat(simulator.ledger().payOrdersReceived("PARTS1")).isEqualTo(1);
      assertThat(journal.find(new MerchantOrderNo("PARTS1")).map(JournalEntry::state))
          .containsExactly(JournalState.APPROVED);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void the_builder_refuses_a_terminal_its_own_websocket_transport_cannot_reach() {
    EcrClientBuilder builder = Payments.fastClient(URI.create("loopback://terminal:49152"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            failure ->
                assertThat(((InvalidInputException) failure).violations().map(Violation::field))
                    .containsExactly("terminal"));
  }
}
