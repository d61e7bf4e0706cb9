package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.result.TerminalReply;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One fresh JVM's first queries, run by {@link FirstQueriesDriver} as a child process: the first
 * client of the process is built and connected, then queries one order {@code first + then} times
 * in a row, each timed on its own. Nothing is warmed up first — that is the point: a till's first
 * customer meets exactly this JVM.
 *
 * <p>Prints one line, {@value #RESULT_PREFIX} followed by {@code <jvm-to-main ms> <build+connect
 * ms> <first query ms>} and then every query's latency in microseconds, so the driver can cut the
 * distribution into windows.
 *
 * <p>Arguments: the terminal's address, the order to query, the number of queries.
 */
public final class FirstQueriesClient {

  static final String RESULT_PREFIX = "first-queries ";

  private FirstQueriesClient() {}

  public static void main(String[] args) throws Exception {
    long jvmToMainMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    MerchantOrderNo order = new MerchantOrderNo(args[1]);
    int queries = Integer.parseInt(args[2]);
    long start = System.nanoTime();
    try (EcrClient client = BenchTerminals.client(args[0])) {
      client.connect().get(30, TimeUnit.SECONDS);
      double buildConnectMillis = (System.nanoTime() - start) / 1e6;
      long[] micros = new long[queries];
      for (int i = 0; i < queries; i++) {
        long sent = System.nanoTime();
        TerminalReply<?> reply = client.query(order);
        micros[i] = (System.nanoTime() - sent) / 1_000;
        if (!(reply instanceof TerminalReply.Answered<?> answered)
            || !answered.code().isSuccess()) {
          // a failed query returns fast and would pass for a great figure
          throw new IllegalStateException("query " + (i + 1) + " was not answered 000: " + reply);
        }
      }
      System.out.println(resultLine(jvmToMainMillis, buildConnectMillis, micros));
    }
  }

  /**
   * The one line the driver reads: {@value #RESULT_PREFIX}, the set-up times, then every query's
   * latency.
   */
  static String resultLine(long jvmToMainMillis, double setupMillis, long[] micros) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s%d %.1f %.3f",
                RESULT_PREFIX,
                jvmToMainMillis,
                setupMillis,
                micros[0] / 1e3));
    Arrays.stream(micros).forEach(latency -> line.append(' ').append(latency));
    return line.toString();
  }
}
