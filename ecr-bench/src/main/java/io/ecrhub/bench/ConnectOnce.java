package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Figure 5, in-process start-up of a fresh JVM: the first {@link EcrClient} of the process, built
 * and connected, with every class still to load. Run by {@link StartupDriver} as a child process;
 * prints one line, {@value #RESULT_PREFIX}{@code <jvm-to-main ms> <build+connect ms>}.
 */
public final class ConnectOnce {

  static final String RESULT_PREFIX = "connect-once ";

  private ConnectOnce() {}

  /**
   * @param args the terminal's address
   */
  public static void main(String[] args) throws Exception {
    long jvmToMainMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    long start = System.nanoTime();
    try (EcrClient client = BenchTerminals.client(args[0])) {
      client.connect().get(30, TimeUnit.SECONDS);
      double buildConnectMillis = (System.nanoTime() - start) / 1e6;
      System.out.println(
          String.format(
              Locale.ROOT, "%s%d %.1f", RESULT_PREFIX, jvmToMainMillis, buildConnectMillis));
    }
  }
}
