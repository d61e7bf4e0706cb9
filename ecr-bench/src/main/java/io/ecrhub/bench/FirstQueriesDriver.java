package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Cold start and warm-up of the engine, as a till meets them: {@code --jvms} fresh JVMs ({@link
 * FirstQueriesClient}) one after the other, each building and connecting its first client and then
 * querying one order {@code --queries} times, every query timed. The simulator runs in a process of
 * its own ({@link SimulatorProcess}) and is warmed before the first child — a real terminal does
 * not start cold with the POS.
 *
 * <p>Every JVM runs twice, interleaved: once as the JDK starts it, and once with an application
 * class-data archive ({@code -XX:SharedArchiveFile}) that a first, untimed child wrote with {@code
 * -XX:ArchiveClassesAtExit} — the JDK 17 way a POS gets its classes pre-parsed, which the README
 * recommends and the {@code ecr} launcher does for the command line. A third JVM of each round runs
 * the same queries over the Tyrus client transport alone ({@link FirstWireQueriesClient}): the
 * WebSocket stack's own warm-up, against which the engine's is compared window by window.
 *
 * <p>Reported per JVM and as the median over the JVMs of each kind: build + connect + first query
 * (target ≤ 150 ms); the median query of queries 1–100 and 101–1,000, each against the same JVM's
 * steady cost, the median of its last {@code --steady} queries (target ≤ 1.5×); and the medians of
 * the windows in between, which show how long the engine takes to settle.
 *
 * <pre>
 * java -cp ecr-bench/target/benchmarks.jar io.ecrhub.bench.FirstQueriesDriver \
 *     --jvms 5 --queries 31000 --steady 5000
 * </pre>
 */
public final class FirstQueriesDriver {

  static final String ORDER = "FIRSTQ1";
  static final double COLD_TARGET_MILLIS = 150;
  static final double WARM_UP_TARGET_RATIO = 1.5;

  private static final Class<?> ENGINE = FirstQueriesClient.class;
  private static final Class<?> WIRE = FirstWireQueriesClient.class;

  private static final Set<String> OPTIONS = Set.of("jvms", "queries", "steady", "warm-server");
  private static final long CHILD_TIMEOUT_SECONDS = 600;

  /** Queries of the training child that writes the class-data archive: past the first payment. */
  private static final int TRAINING_QUERIES = 2_000;

  /** Window bounds (1-based, inclusive): the first 1,000 as the issue cuts them, then wider. */
  private static final int[][] WINDOWS = {
    {1, 100}, {101, 1_000}, {1_001, 5_000}, {5_001, 10_000}, {10_001, 20_000}
  };

  private FirstQueriesDriver() {}

  public static void main(String[] args) throws Exception {
    DriverArgs options = DriverArgs.parse(args, OPTIONS);
    int jvms = options.integer("jvms", 5);
    int queries = options.integer("queries", 31_000);
    int steady = options.integer("steady", 5_000);
    int warmServer = options.integer("warm-server", 5_000);
    if (steady > queries - 1_000) {
      throw new IllegalArgumentException("--steady must leave the first 1,000 queries out");
    }
    List<JvmRun> plain = new ArrayList<>();
    List<JvmRun> archived = new ArrayList<>();
    List<JvmRun> wire = new ArrayList<>();
    Path workDir = Files.createTempDirectory("ecr-first-queries");
    Path archive = workDir.resolve("first-queries.jsa");
    try (SimulatorProcess simulator = SimulatorProcess.start()) {
      prepare(simulator.address(), warmServer);
      runChild(
          ENGINE,
          simulator.address(),
          TRAINING_QUERIES,
          List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
      List<String> useArchive = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
      for (int jvm = 1; jvm <= jvms; jvm++) {
        plain.add(summarize(runChild(ENGINE, simulator.address(), queries, List.of()), steady));
        archived.add(summarize(runChild(ENGINE, simulator.address(), queries, useArchive), steady));
        wire.add(summarize(runChild(WIRE, simulator.address(), queries, List.of()), steady));
      }
    } finally {
      Files.deleteIfExists(archive);
      Files.deleteIfExists(workDir);
    }
    System.out.println(InterleavedPairDriver.REPORT_MARKER);
    System.out.print(report("JDK default class data", plain, queries, steady));
    System.out.println();
    System.out.print(report("an application class-data archive", archived, queries, steady));
    System.out.println();
    System.out.print(
        report(
            "the Tyrus wire alone (no engine, no codec) and JDK default class data",
            wire,
            queries,
            steady));
    System.out.println();
    System.out.print(engineOverWire(plain, wire, queries));
  }

  /** What one fresh JVM measured. */
  record JvmRun(
      double jvmToMainMillis,
      double buildConnectMillis,
      double firstQueryMillis,
      double[] windowMedianMicros,
      double steadyMedianMicros) {

    double coldMillis() {
      return buildConnectMillis + firstQueryMillis;
    }

    double ratio(int window) {
      return windowMedianMicros[window] / steadyMedianMicros;
    }
  }

  /** Pays the order the children query, then queries it to warm the simulator's JVM. */
  private static void prepare(URI terminal, int warmQueries) throws Exception {
    try (EcrClient client = BenchTerminals.client(terminal.toString())) {
      client.connect().get(30, TimeUnit.SECONDS);
      BenchTerminals.payReferenceSale(client, ORDER);
      MerchantOrderNo order = new MerchantOrderNo(ORDER);
      for (int i = 0; i < warmQueries; i++) {
        client.query(order);
      }
    }
  }

  /**
   * Runs one {@link FirstQueriesClient} with {@code jvmOptions}.
   *
   * @return its result line's fields: jvm-to-main ms, build + connect ms, first query ms, then
   *     every query's µs
   */
  private static String[] runChild(
      Class<?> client, URI terminal, int queries, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command =
        JavaProcesses.command(
            jvmOptions, client, List.of(terminal.toString(), ORDER, Integer.toString(queries)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    List<String> other = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(FirstQueriesClient.RESULT_PREFIX)) {
          result = line;
        } else {
          other.add(line);
        }
      }
    }
    if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("a FirstQueriesClient ran too long");
    }
    if (process.exitValue() != 0 || result == null) {
      throw new IllegalStateException(
          "FirstQueriesClient exited " + process.exitValue() + ": " + String.join("\n", other));
    }
    return result.substring(FirstQueriesClient.RESULT_PREFIX.length()).split(" ");
  }

  private static JvmRun summarize(String[] fields, int steady) {
    long[] micros = new long[fields.length - 3];
    for (int i = 0; i < micros.length; i++) {
      micros[i] = Long.parseLong(fields[i + 3]);
    }
    double[] windows = new double[WINDOWS.length];
    for (int w = 0; w < WINDOWS.length; w++) {
      windows[w] =
          WINDOWS[w][1] <= micros.length
              ? median(micros, WINDOWS[w][0], WINDOWS[w][1])
              : Double.NaN;
    }
    return new JvmRun(
        Double.parseDouble(fields[0]),
        Double.parseDouble(fields[1]),
        Double.parseDouble(fields[2]),
        windows,
        median(micros, micros.length - steady + 1, micros.length));
  }

  /** The median of queries {@code from}–{@code to}, 1-based and inclusive. */
  private static double median(long[] micros, int from, int to) {
    long[] window = Arrays.copyOfRange(micros, from - 1, to);
    Arrays.sort(window);
    int n = window.length;
    return n % 2 == 1 ? window[n / 2] : (window[n / 2 - 1] + window[n / 2]) / 2.0;
  }

  static String report(String classData, List<JvmRun> runs, int queries, int steady) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "**With %s.** %d fresh JVMs, interleaved with the other kinds; each: build + connect,"
                + " then %,d sequential queries, every one timed. Steady = median of the JVM's last"
                + " %,d queries (%,d–%,d).%n%n",
            classData,
            runs.size(),
            queries,
            steady,
            queries - steady + 1,
            queries));
    out.append("| JVM | JVM start → main ms | build + connect ms | first query ms | cold total ms");
    for (int[] window : WINDOWS) {
      if (window[1] <= queries) {
        out.append(String.format(Locale.ROOT, " | p50 q%,d–%,d µs", window[0], window[1]));
      }
    }
    out.append(" | steady p50 µs | q1–100 / steady | q101–1,000 / steady |\n|---:|");
    int columns = 4 + (int) Arrays.stream(WINDOWS).filter(w -> w[1] <= queries).count() + 3;
    out.append("---:|".repeat(columns)).append('\n');
    for (int i = 0; i < runs.size(); i++) {
      JvmRun run = runs.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %.0f | %.1f | %.1f | %.1f",
              i + 1,
              run.jvmToMainMillis(),
              run.buildConnectMillis(),
              run.firstQueryMillis(),
              run.coldMillis()));
      for (int w = 0; w < WINDOWS.length; w++) {
        if (WINDOWS[w][1] <= queries) {
          out.append(" | ").append(Figure.number(run.windowMedianMicros()[w]));
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              " | %s | %.2f× | %.2f× |%n",
              Figure.number(run.steadyMedianMicros()),
              run.ratio(0),
              run.ratio(1)));
    }

    double cold = medianOf(runs.stream().mapToDouble(JvmRun::coldMillis).toArray());
    double buildConnect = medianOf(runs.stream().mapToDouble(JvmRun::buildConnectMillis).toArray());
    double first = medianOf(runs.stream().mapToDouble(JvmRun::firstQueryMillis).toArray());
    out.append(
        String.format(
            Locale.ROOT,
            "%nCold path, median of %d JVMs: build + connect %.1f ms + first query %.1f ms ="
                + " **%.1f ms** (range %.1f–%.1f); target ≤ %.0f ms: %s.%n",
            runs.size(),
            buildConnect,
            first,
            cold,
            runs.stream().mapToDouble(JvmRun::coldMillis).min().orElse(0),
            runs.stream().mapToDouble(JvmRun::coldMillis).max().orElse(0),
            COLD_TARGET_MILLIS,
            verdict(cold, COLD_TARGET_MILLIS, "ms")));
    for (int w = 0; w < 2; w++) {
      int window = w;
      double[] ratios = runs.stream().mapToDouble(run -> run.ratio(window)).toArray();
      long met = Arrays.stream(ratios).filter(r -> r <= WARM_UP_TARGET_RATIO).count();
      double worst = Arrays.stream(ratios).max().orElse(0);
      out.append(
          String.format(
              Locale.ROOT,
              "Queries %,d–%,d / steady: median %.2f×, worst %.2f×; target ≤ %.1f× met in %d of"
                  + " %d JVMs%s.%n",
              WINDOWS[w][0],
              WINDOWS[w][1],
              medianOf(ratios),
              worst,
              WARM_UP_TARGET_RATIO,
              met,
              runs.size(),
              met == runs.size()
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      " (worst missed by %.0f %%)",
                      (worst / WARM_UP_TARGET_RATIO - 1) * 100)));
    }
    return out.toString();
  }

  /**
   * The engine's median per window over the wire's, both in fresh JVMs with the JDK's class data:
   * how much of the engine's first queries is its own cost and how much the WebSocket stack's.
   */
  static String engineOverWire(List<JvmRun> engine, List<JvmRun> wire, int queries) {
    StringBuilder out =
        new StringBuilder(
            "Engine / wire alone, median of the JVMs' window medians (JDK default class data):");
    for (int w = 0; w < WINDOWS.length; w++) {
      if (WINDOWS[w][1] <= queries) {
        int window = w;
        double engineMedian =
            medianOf(
                engine.stream().mapToDouble(run -> run.windowMedianMicros()[window]).toArray());
        double wireMedian =
            medianOf(wire.stream().mapToDouble(run -> run.windowMedianMicros()[window]).toArray());
        out.append(
            String.format(
                Locale.ROOT,
                " q%,d–%,d %.2f×;",
                WINDOWS[w][0],
                WINDOWS[w][1],
                engineMedian / wireMedian));
      }
    }
    double engineSteady =
        medianOf(engine.stream().mapToDouble(JvmRun::steadyMedianMicros).toArray());
    double wireSteady = medianOf(wire.stream().mapToDouble(JvmRun::steadyMedianMicros).toArray());
    // the cold path too: a ratio within the run, which a slower or busier machine leaves alone
    double engineCold = medianOf(engine.stream().mapToDouble(JvmRun::coldMillis).toArray());
    double wireCold = medianOf(wire.stream().mapToDouble(JvmRun::coldMillis).toArray());
    return out.append(
            String.format(
                Locale.ROOT,
                " steady %.2f×; cold path (build + connect + first query) %.2f× (%.1f / %.1f"
                    + " ms).%n",
                engineSteady / wireSteady,
                engineCold / wireCold,
                engineCold,
                wireCold))
        .toString();
  }

  private static String verdict(double value, double target, String unit) {
    return value <= target
        ? "met"
        : String.format(
            Locale.ROOT, "MISSED by %.0f %s (%.1f×)", value - target, unit, value / target);
  }

  private static double medianOf(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
