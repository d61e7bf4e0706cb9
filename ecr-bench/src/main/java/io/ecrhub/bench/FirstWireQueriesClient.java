package io.ecrhub.bench;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The wire floor of {@link FirstQueriesClient}: a fresh JVM's first {@code pay.query} round trips
 * over the project's Tyrus client transport alone — a fixed frame out, the simulator's answer back,
 * no engine, no codec — so that {@link FirstQueriesDriver} can show how much of the engine's
 * warm-up is the WebSocket stack's own. Same output line as {@link FirstQueriesClient}, the same
 * future-and-park hand-off per reply as the engine ({@link ReplySlot}).
 *
 * <p>Arguments: the terminal's address, the order to query, the number of queries.
 */
public final class FirstWireQueriesClient {

  private FirstWireQueriesClient() {}

  public static void main(String[] args) throws Exception {
    long jvmToMainMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    String order = args[1];
    int queries = Integer.parseInt(args[2]);
    ReplySlot replies = new ReplySlot();
    long start = System.nanoTime();
    TyrusClientTransport transport = new TyrusClientTransport();
    Connection connection =
        transport
            .connect(URI.create(args[0]), ConnectOptions.defaults(), replies.listener())
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    double connectMillis = (System.nanoTime() - start) / 1e6;
    long[] micros = new long[queries];
    for (int i = 0; i < queries; i++) {
      long sent = System.nanoTime();
      CompletableFuture<String> reply = replies.expect();
      connection.send(queryFrame(order, i));
      String answer = replies.await(reply, connection::ping);
      micros[i] = (System.nanoTime() - sent) / 1_000;
      if (!answer.contains("\"response_code\":\"000\"")) {
        // a refused query returns fast and would pass for a great figure
        throw new IllegalStateException("query " + (i + 1) + " was not answered 000: " + answer);
      }
    }
    connection.close(CloseCodes.NORMAL, "done");
    transport.close();
    System.out.println(FirstQueriesClient.resultLine(jvmToMainMillis, connectMillis, micros));
  }

  /** A query frame as the engine writes one, with a request id of its own per query. */
  private static String queryFrame(String order, int index) {
    return "{\"topic\":\"ecrhub.pay.query\",\"app_id\":\""
        + BenchTerminals.APP_ID
        + "\",\"timestamp\":\""
        + System.currentTimeMillis()
        + "\",\"request_id\":\"wire-"
        + index
        + "\",\"biz_data\":{\"merchant_order_no\":\""
        + order
        + "\"}}";
  }
}
