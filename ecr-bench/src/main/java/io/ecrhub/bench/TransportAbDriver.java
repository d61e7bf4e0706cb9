package io.ecrhub.bench;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.transport.jdk.JdkClientTransport;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JDK WebSocket client against the Tyrus client, A/B in one process: both talk to the same
 * Tyrus server on 127.0.0.1 that answers every frame with a fixed reply, one round trip in flight
 * (a POS asking one terminal). Each run measures both, in alternating order (run 1 Tyrus first, run
 * 2 JDK first, …), so drift of the machine hits both; every run is printed with its ratio.
 *
 * <pre>
 * java -cp ecr-bench/target/benchmarks.jar io.ecrhub.bench.TransportAbDriver [runs] [round trips]
 * </pre>
 */
public final class TransportAbDriver {

  private static final String REQUEST =
      "{\"topic\":\"ecrhub.pay.query\",\"app_id\":\"wz6012822ca2f1as78\",\"request_id\":\"r-1\","
          + "\"biz_data\":{\"merchant_order_no\":\"A1001\"}}";
  private static final String REPLY =
      "{\"topic\":\"ecrhub.pay.query\",\"response_code\":\"000\",\"request_id\":\"r-1\","
          + "\"biz_data\":{\"merchant_order_no\":\"A1001\",\"trans_status\":\"2\"}}";
  private static final int WARM_UP = 3_000;

  private TransportAbDriver() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int roundTrips = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    TyrusServerTransport server = new TyrusServerTransport();
    ServerBinding binding =
        server
            .bind(
                new BindOptions("127.0.0.1", 0, ConnectOptions.DEFAULT_MAX_FRAME_CHARS),
                new FixedReplyAcceptor(REPLY))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    try (Lane tyrus = new Lane("tyrus", new TyrusClientTransport(), binding);
        Lane jdk = new Lane("jdk", new JdkClientTransport(), binding)) {
      tyrus.measure(WARM_UP);
      jdk.measure(WARM_UP);
      System.out.printf(
          Locale.ROOT,
          "%d runs x %d sequential round trips, same server; µs%n"
              + "run  first  tyrus p50   p99  mean |  jdk p50   p99  mean | jdk/tyrus p50%n",
          runs,
          roundTrips);
      for (int run = 1; run <= runs; run++) {
        boolean tyrusFirst = run % 2 == 1;
        long[] first = (tyrusFirst ? tyrus : jdk).measure(roundTrips);
        long[] second = (tyrusFirst ? jdk : tyrus).measure(roundTrips);
        long[] t = tyrusFirst ? first : second;
        long[] j = tyrusFirst ? second : first;
        System.out.printf(
            Locale.ROOT,
            "%3d  %-5s  %9.1f %5.1f %5.1f | %7.1f %5.1f %5.1f | %.2f%n",
            run,
            tyrusFirst ? "tyrus" : "jdk",
            micros(percentile(t, 50)),
            micros(percentile(t, 99)),
            micros(mean(t)),
            micros(percentile(j, 50)),
            micros(percentile(j, 99)),
            micros(mean(j)),
            (double) percentile(j, 50) / percentile(t, 50));
      }
    } finally {
      binding.close();
    }
  }

  /** One client transport with one connection to the server. */
  private static final class Lane implements AutoCloseable {
    private final ClientTransport transport;
    private final Connection connection;
    private final AtomicReference<CompletableFuture<String>> reply = new AtomicReference<>();

    Lane(String name, ClientTransport transport, ServerBinding binding) throws Exception {
      this.transport = transport;
      this.connection =
          transport
              .connect(
                  binding.address(),
                  ConnectOptions.defaults(),
                  new ConnectionListener() {
                    @Override
                    public void onText(Connection from, String text) {
                      reply.get().complete(text);
                    }

                    @Override
                    public void onClose(Connection from, int code, String reason) {}
                  })
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
    }

    long[] measure(int count) throws Exception {
      long[] nanos = new long[count];
      for (int i = 0; i < count; i++) {
        CompletableFuture<String> answered = new CompletableFuture<>();
        reply.set(answered);
        long start = System.nanoTime();
        connection.send(REQUEST);
        answered.get(10, TimeUnit.SECONDS);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      return nanos;
    }

    @Override
    public void close() {
      connection.close(CloseCodes.NORMAL, "done");
      transport.close();
    }
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }

  private static long mean(long[] values) {
    return Math.round(Arrays.stream(values).average().orElse(0));
  }

  private static double micros(long nanos) {
    return nanos / 1_000.0;
  }
}
