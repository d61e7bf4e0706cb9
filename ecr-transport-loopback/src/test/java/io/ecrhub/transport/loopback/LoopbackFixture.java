package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A network with one terminal (server) host and one POS (client) host, for the module's tests. */
final class LoopbackFixture implements AutoCloseable {

  static final int LIMIT = 1_000;

  final LoopbackNetwork network;
  final LoopbackTransport terminal;
  final LoopbackTransport pos;
  private final BlockingQueue<EventLog> accepted = new LinkedBlockingQueue<>();
  final ServerBinding binding;

  LoopbackFixture(LoopbackNetwork network, Supplier<EventLog> serverListeners) {
    this.network = network;
    this.terminal = network.newTransport();
    this.pos = network.newTransport();
    this.binding =
        join(
            terminal.bind(
                new BindOptions("terminal", 0, LIMIT),
                connection -> {
                  EventLog log = serverListeners.get();
                  accepted.add(log);
                  return log;
                }));
  }

  static LoopbackFixture echo(LoopbackNetwork network) {
    return new LoopbackFixture(network, EventLog::echoing);
  }

  static LoopbackFixture recording(LoopbackNetwork network) {
    return new LoopbackFixture(network, EventLog::new);
  }

  Connection connect(EventLog client) {
    return join(pos.connect(binding.address(), options(), client));
  }

  /** The server-side log of the next connection the terminal accepts. */
  EventLog nextAccepted() {
    try {
      EventLog log = accepted.poll(10, TimeUnit.SECONDS);
      if (log == null) {
        throw new AssertionError("the terminal accepted no connection within 10 s");
      }
      return log;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }

  static ConnectOptions options() {
    return ConnectOptions.defaults().withMaxFrameChars(LIMIT);
  }

  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception failure) {
      throw new AssertionError("stage did not complete", failure);
    }
  }

  static Duration millis(long millis) {
    return Duration.ofMillis(millis);
  }

  @Override
  public void close() {
    network.close();
  }
}
