package io.ecrhub.transport.testkit.fault;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.testkit.RecordingAcceptor;
import io.ecrhub.transport.testkit.RecordingListener;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One connection over an in-memory network with the fault plan applied at one end: the client's or
 * the server's. The server echoes every frame or only records it.
 */
final class FaultyPair implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(10);
  static final int LIMIT = 1_000;

  /** Where the plan is applied. */
  enum End {
    CLIENT,
    SERVER
  }

  final LoopbackNetwork network = new LoopbackNetwork();
  final RecordingListener client = RecordingListener.recording("client", PATIENCE);
  final Connection connection;
  final RecordingListener server;

  FaultyPair(FaultInjection faults, End end, boolean echo) {
    ServerTransport serverTransport = network.newTransport();
    ClientTransport clientTransport = network.newTransport();
    if (end == End.SERVER) {
      serverTransport = faults.server(serverTransport);
    } else {
      clientTransport = faults.client(clientTransport);
    }
    RecordingAcceptor acceptor =
        new RecordingAcceptor(
            PATIENCE,
            name ->
                echo
                    ? RecordingListener.echoing(name, PATIENCE)
                    : RecordingListener.recording(name, PATIENCE));
    ServerBinding binding =
        join(serverTransport.bind(new BindOptions("terminal", 0, LIMIT), acceptor));
    connection =
        join(
            clientTransport.connect(
                binding.address(), ConnectOptions.defaults().withMaxFrameChars(LIMIT), client));
    server = acceptor.awaitAccepted(1).get(0);
    server.awaitOpen();
  }

  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception failure) {
      throw new AssertionError("the stage did not complete: " + failure, failure);
    }
  }

  @Override
  public void close() {
    network.close();
  }
}
