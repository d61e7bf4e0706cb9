package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.client.KeepAlive;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.testkit.ForwardingClientTransport;
import io.ecrhub.transport.testkit.ForwardingConnection;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Tyrus issue 678: the JDK client container can leave a written frame unsent until the next write
 * on that connection. A request whose frame is stranded so must not wait for its reply timeout: the
 * client's keep-alive pings the connection every interval, and that write carries the stranded
 * frame out. The stranding is simulated by {@link StrandingTransport} over the real Tyrus
 * transports; the reply and query timeouts are far longer than the generous bound the tests wait,
 * so only the keep-alive can have delivered the request.
 */
class StrandedFrameKeepAliveTest {

  private static final KeepAlive FAST_KEEP_ALIVE =
      new KeepAlive(Duration.ofMillis(300), Duration.ofSeconds(30));

  /** Several keep-alive intervals, far below the reply timeouts: only a ping can finish in time. */
  private static final long GENEROUS_SECONDS = 10;

  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

  @Test
  void a_stranded_pay_order_is_carried_out_by_the_next_keep_alive_ping() throws Exception {
    StrandingTransport transport =
        new StrandingTransport(new TyrusClientTransport(), "ecrhub.pay.order");
    try (TerminalSimulator simulator = simulator();
        EcrClient client = client(simulator, transport)) {
      client.connect().get(GENEROUS_SECONDS, TimeUnit.SECONDS);

      PaymentOutcome outcome =
          CompletableFuture.supplyAsync(
                  () ->
                      client.submit(
                          OrderDraft.sale().merchantOrderNo("STRAND1").orderAmount("10.00")))
              .get(GENEROUS_SECONDS, TimeUnit.SECONDS);

      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(transport.stranded()).as("the order's frame was held back").isEqualTo(1);
      assertThat(transport.releasedByPing()).as("a keep-alive ping carried it out").isEqualTo(1);
    }
  }

  @Test
  void a_stranded_query_is_carried_out_by_the_next_keep_alive_ping() throws Exception {
    StrandingTransport transport =
        new StrandingTransport(new TyrusClientTransport(), "ecrhub.pay.query");
    try (TerminalSimulator simulator = simulator();
        EcrClient client = client(simulator, transport)) {
      client.connect().get(GENEROUS_SECONDS, TimeUnit.SECONDS);
      assertThat(client.submit(OrderDraft.sale().merchantOrderNo("STRAND2").orderAmount("5.00")))
          .isInstanceOf(PaymentOutcome.Approved.class);

      TerminalReply<TransactionResult> reply =
          CompletableFuture.supplyAsync(() -> client.query(new MerchantOrderNo("STRAND2")))
              .get(GENEROUS_SECONDS, TimeUnit.SECONDS);

      assertThat(reply).isInstanceOf(TerminalReply.Answered.class);
      assertThat(transport.stranded()).as("the query's frame was held back").isEqualTo(1);
      assertThat(transport.releasedByPing()).as("a keep-alive ping carried it out").isEqualTo(1);
    }
  }

  private static TerminalSimulator simulator() {
    return TerminalSimulator.start(
        new TyrusServerTransport(),
        SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ZERO));
  }

  private static EcrClient client(TerminalSimulator simulator, ClientTransport transport) {
    return EcrClient.builder()
        .terminal(simulator.address())
        .appId("strand")
        .transport(transport)
        .journal(new InMemoryOrderJournal())
        .keepAlive(FAST_KEEP_ALIVE)
        .replyTimeout(REPLY_TIMEOUT)
        .queryTimeout(REPLY_TIMEOUT)
        .recoveryDeadline(REPLY_TIMEOUT.multipliedBy(2))
        .recoverOnConnect(false)
        .build();
  }

  /**
   * Strands the first frame containing a marker, as Tyrus issue 678 does: the send reports success
   * at once, but the frame leaves only when the next frame or ping is written on that connection.
   */
  private static final class StrandingTransport extends ForwardingClientTransport {
    private final String marker;
    private final AtomicInteger stranded = new AtomicInteger();
    private final AtomicInteger releasedByPing = new AtomicInteger();

    StrandingTransport(ClientTransport delegate, String marker) {
      super(delegate);
      this.marker = marker;
    }

    int stranded() {
      return stranded.get();
    }

    int releasedByPing() {
      return releasedByPing.get();
    }

    @Override
    protected Connection decorate(Connection connection) {
      return new StrandingConnection(connection);
    }

    private final class StrandingConnection extends ForwardingConnection {
      private String held;

      StrandingConnection(Connection delegate) {
        super(delegate);
      }

      @Override
      public synchronized CompletionStage<Void> send(String text) {
        release();
        if (text.contains(marker) && stranded.compareAndSet(0, 1)) {
          held = text;
          // the hazard: the write "succeeded", the bytes did not leave
          return CompletableFuture.completedFuture(null);
        }
        return delegate().send(text);
      }

      @Override
      public synchronized CompletionStage<Void> ping() {
        if (held != null) {
          releasedByPing.incrementAndGet();
        }
        release();
        return delegate().ping();
      }

      /** The next write on the connection carries the stranded frame out first. */
      private void release() {
        if (held != null) {
          String frame = held;
          held = null;
          delegate().send(frame);
        }
      }
    }
  }
}
