package io.ecrhub.simulator;

import static io.ecrhub.simulator.RealTimers.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.simulator.Frames.Biz;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the simulator binds, serves and stops, on a transport that records what it is asked. */
class TerminalSimulatorTest {

  /** The simulator timer threads alive now; a test compares before and after. */
  private static Set<Thread> simulatorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("ecr-simulator-") && thread.isAlive())
        .collect(Collectors.toSet());
  }

  @Test
  void binds_as_configured_and_serves_orders_through_the_dispatcher() {
    Set<Thread> before = simulatorThreads();
    RecordingServerTransport transport = new RecordingServerTransport();
    SimulatorOptions options =
        SimulatorOptions.defaults()
            .withPort(0)
            .withMaxFrameChars(4096)
            .withApproveDelay(Duration.ofMillis(10));

    try (TerminalSimulator simulator = TerminalSimulator.start(transport, options)) {
      assertThat(transport.options).isEqualTo(new BindOptions("127.0.0.1", 0, 4096));
      assertThat(simulator.address()).isEqualTo(URI.create("ws://127.0.0.1:40123"));

      RecordingConnection pos = new RecordingConnection("served");
      ConnectionListener listener = transport.acceptor.accept(pos);
      listener.onText(pos, Frames.payOrder(Frames.APP_ID, "r1", Biz.sale("A1", "5.00")));

      eventually().until(() -> pos.answerCount() == 1);
      assertThat(pos.onlyAnswer().code()).isEqualTo("000");
      assertThat(pos.onlyAnswer().requestId()).isEqualTo("r1");
      assertThat(simulator.ledger().payOrdersReceived("A1")).isEqualTo(1);
      assertThat(simulator.ledger().find("A1").get().status().isCompleted()).isTrue();
    }

    assertThat(transport.binding.closeCount).hasValue(1);
    eventually().until(() -> before.containsAll(simulatorThreads()));
  }

  @Test
  void closing_twice_is_harmless() {
    RecordingServerTransport transport = new RecordingServerTransport();
    TerminalSimulator simulator =
        TerminalSimulator.start(transport, SimulatorOptions.defaults().withPort(0));

    simulator.close();
    simulator.close();

    assertThat(transport.binding.closeCount).hasValue(1);
  }

  @Test
  void a_failed_bind_is_reported_as_a_transport_exception() {
    Set<Thread> before = simulatorThreads();
    ServerTransport refusing =
        (options, acceptor) ->
            CompletableFuture.failedFuture(
                new TransportException(
                    TransportException.Kind.BIND_FAILED, "port 35779 is in use"));

    assertThatThrownBy(() -> TerminalSimulator.start(refusing, SimulatorOptions.defaults()))
        .isInstanceOfSatisfying(
            TransportException.class,
            failure -> assertThat(failure.kind()).isEqualTo(TransportException.Kind.BIND_FAILED))
        .hasMessageContaining("35779");
    eventually().until(() -> before.containsAll(simulatorThreads()));
  }

  /** Accepts the bind at once on a made-up port and keeps the acceptor for the test to drive. */
  private static final class RecordingServerTransport implements ServerTransport {
    BindOptions options;
    ConnectionAcceptor acceptor;
    final RecordingBinding binding = new RecordingBinding();

    @Override
    public CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor) {
      this.options = options;
      this.acceptor = acceptor;
      return CompletableFuture.completedFuture(binding);
    }
  }

  private static final class RecordingBinding implements ServerBinding {
    final AtomicInteger closeCount = new AtomicInteger();

    @Override
    public URI address() {
      return URI.create("ws://127.0.0.1:40123");
    }

    @Override
    public void close() {
      closeCount.incrementAndGet();
    }
  }
}
