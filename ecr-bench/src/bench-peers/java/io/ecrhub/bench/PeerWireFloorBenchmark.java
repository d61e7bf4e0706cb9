package io.ecrhub.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.server.WebSocketServer;
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
 * Figure 1, the peer floor: the same {@code pay.query} bytes as {@link WireFloorBenchmark}, over
 * Java-WebSocket 1.6.0 on both sides (the vendor SDK's WebSocket library). Only in {@code
 * benchmarks.jar}: Java-WebSocket never enters the default build.
 *
 * <p>Both ends set {@code TCP_NODELAY}, as Tyrus does, so that the floors compare the stacks and
 * not Nagle's algorithm.
 *
 * <p><b>Java-WebSocket 1.6.0 loses write wake-ups.</b> Now and then (seen once in 10<sup>2</sup> to
 * 10<sup>5</sup> round trips here) the server's reply stays in its out-queue ({@code
 * hasBufferedData()} is true, both socket queues are empty) until something else is written on the
 * connection: a send from a worker thread races with the selector thread, which switches the key
 * back to read-only interest after its previous write. Without help the benchmark would wait
 * forever. So a reply missing for {@value ReplySlot#STALL_MILLIS} ms is nudged out with a client ping (the
 * server's pong is a write that flushes the queue); such a round trip is still timed in full, so
 * the stalls show in the high percentiles, and their number is printed at the end of each fork.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchDefaults.QUIET_LOGGING)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class PeerWireFloorBenchmark {

  /** A Java-WebSocket server that answers every frame with the reply bytes, and a client. */
  @State(Scope.Benchmark)
  public static class JavaWebSocketPair {
    final ReplySlot replies = new ReplySlot();
    PayExchanges exchange;
    FixedReplyServer server;
    WebSocketClient client;

    @Setup(Level.Trial)
    public void start() throws Exception {
      exchange = PayExchanges.capture();
      server = new FixedReplyServer(exchange.queryResponse());
      server.start();
      if (!server.started.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the Java-WebSocket server did not start");
      }
      client =
          new WebSocketClient(URI.create("ws://127.0.0.1:" + server.getPort())) {
            @Override
            public void onOpen(ServerHandshake handshake) {}

            @Override
            public void onMessage(String message) {
              replies.arrived(message);
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {}

            @Override
            public void onError(Exception error) {}
          };
      client.setTcpNoDelay(true);
      if (!client.connectBlocking(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the Java-WebSocket client did not connect");
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      System.out.println(
          "Java-WebSocket replies stuck in the server's queue and nudged out: " + replies.stalls());
      client.closeBlocking();
      server.stop(1000);
    }
  }

  /** Java-WebSocket client ⇄ Java-WebSocket server. */
  @Benchmark
  public String javaWebSocket(JavaWebSocketPair pair) {
    CompletableFuture<String> reply = pair.replies.expect();
    pair.client.send(pair.exchange.queryRequest());
    return pair.replies.await(reply, pair.client::sendPing);
  }

  /** Answers every text frame with the same reply; listens on 127.0.0.1 only. */
  static final class FixedReplyServer extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    private final String reply;

    FixedReplyServer(String reply) {
      super(new InetSocketAddress("127.0.0.1", 0));
      this.reply = reply;
      setTcpNoDelay(true);
      setReuseAddr(true);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {}

    @Override
    public void onMessage(WebSocket connection, String message) {
      connection.send(reply);
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {}

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket connection, Exception error) {}
  }
}
