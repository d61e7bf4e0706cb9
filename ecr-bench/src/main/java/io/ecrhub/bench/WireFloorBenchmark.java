package io.ecrhub.bench;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.container.jdk.client.JdkClientContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 1, the floor: the bytes of one {@code pay.query} exchange ({@link PayExchanges}) sent over
 * a WebSocket on 127.0.0.1 and answered by a server that does nothing but send the reply bytes
 * back. Sequential: one request in flight, as a POS querying one terminal. The Java-WebSocket peer
 * floor lives with the peer benchmarks ({@code src/bench-peers}).
 *
 * <ul>
 *   <li>{@link #tyrusTransports}: the project's Tyrus client transport ⇄ the project's Tyrus server
 *       transport — the wire the engine itself uses;
 *   <li>{@link #tyrusPlainClient}: a plain Tyrus {@link ClientManager} (JDK container, as the
 *       project's) ⇄ the same server: the client transport's adapter cost is the difference.
 * </ul>
 *
 * <p>Tyrus' JDK client container now and then leaves a written frame unsent until the next write on
 * the connection (Tyrus issue 678; seen here in a 3-round run of this benchmark). The engine's
 * keep-alive ping carries such a frame out; here a reply missing for {@value
 * ReplySlot#STALL_MILLIS} ms is nudged out by a ping the same way, the round trip is timed in full,
 * and the count is printed at the end of each fork.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class WireFloorBenchmark {

  /** A fixed-reply server on the project's Tyrus server transport. */
  @State(Scope.Benchmark)
  public static class FloorServer {
    PayExchanges exchange;
    ServerBinding binding;

    @Setup(Level.Trial)
    public void start() throws Exception {
      BenchDefaults.quietLibraryLogging();
      exchange = PayExchanges.capture();
      binding =
          new TyrusServerTransport()
              .bind(
                  BindOptions.loopbackEphemeral(), new FixedReplyAcceptor(exchange.queryResponse()))
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void stop() {
      binding.close();
    }
  }

  /** One connection of the project's Tyrus client transport. */
  @State(Scope.Benchmark)
  public static class TransportClient {
    final ReplySlot replies = new ReplySlot();
    TyrusClientTransport transport;
    Connection connection;

    @Setup(Level.Trial)
    public void connect(FloorServer server) throws Exception {
      transport = new TyrusClientTransport();
      connection =
          transport
              .connect(server.binding.address(), ConnectOptions.defaults(), replies.listener())
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void close() {
      System.out.println("Tyrus transport frames stranded and nudged out: " + replies.stalls());
      connection.close(CloseCodes.NORMAL, "benchmark over");
      transport.close();
    }
  }

  /** One session of a plain Tyrus client manager, configured only as Tyrus needs to be fast. */
  @State(Scope.Benchmark)
  public static class PlainTyrusClient {
    final ReplySlot replies = new ReplySlot();
    ClientManager manager;
    Session session;

    @Setup(Level.Trial)
    public void connect(FloorServer server) throws Exception {
      manager = ClientManager.createClient(JdkClientContainer.class.getName());
      // Tyrus' default (0) schedules a no-op task per frame; the project's transport sets -1 too.
      manager.setDefaultMaxSessionIdleTimeout(-1);
      session =
          manager.connectToServer(
              new Endpoint() {
                @Override
                public void onOpen(Session opened, EndpointConfig config) {
                  opened.addMessageHandler(
                      String.class, (MessageHandler.Whole<String>) replies::arrived);
                }
              },
              ClientEndpointConfig.Builder.create().build(),
              server.binding.address());
    }

    /** A ping: a write that carries out a frame Tyrus left unsent (issue 678). */
    void ping() {
      try {
        session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      System.out.println("plain Tyrus frames stranded and nudged out: " + replies.stalls());
      if (session.isOpen()) { // JMH may have stopped the server first
        session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "benchmark over"));
      }
      manager.shutdown();
    }
  }

  /** The engine's wire: project client transport ⇄ project server transport. */
  @Benchmark
  public String tyrusTransports(FloorServer server, TransportClient client) {
    CompletableFuture<String> reply = client.replies.expect();
    client.connection.send(server.exchange.queryRequest());
    return client.replies.await(reply, client.connection::ping);
  }

  /** Plain Tyrus client ⇄ project server transport. */
  @Benchmark
  public String tyrusPlainClient(FloorServer server, PlainTyrusClient client) {
    CompletableFuture<String> reply = client.replies.expect();
    client.session.getAsyncRemote().sendText(server.exchange.queryRequest());
    return client.replies.await(reply, client::ping);
  }
}
