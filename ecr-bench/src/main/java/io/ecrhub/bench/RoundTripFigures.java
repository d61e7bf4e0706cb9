package io.ecrhub.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.runner.options.Options;

/**
 * Figures 1 and 2 in one run: the wire floors and the engine round trip, then the engine's ratio to
 * each floor. The ratios only mean something when both sides ran in the same run on the same
 * machine, which is why they are one command:
 *
 * <pre>
 * java -cp ecr-it/target/benchmarks.jar io.ecrhub.bench.RoundTripFigures [JMH options]
 * </pre>
 */
public final class RoundTripFigures {

  /** The engine's target: at most this many times the Tyrus floor. */
  public static final double TARGET_RATIO = 1.3;

  static final String ENGINE = "EngineRoundTripBenchmark.query";
  static final String ENGINE_ALONE = "EngineRoundTripBenchmark.queryFixedReplyTerminal";
  static final String TYRUS_FLOOR = "WireFloorBenchmark.tyrusTransports";
  static final String PLAIN_TYRUS_FLOOR = "WireFloorBenchmark.tyrusPlainClient";
  static final String PEER_FLOOR = "PeerWireFloorBenchmark.javaWebSocket";

  private static final String[] BENCHMARKS = {
    "io\\.ecrhub\\.bench\\.WireFloorBenchmark\\.",
    "io\\.ecrhub\\.bench\\.PeerWireFloorBenchmark\\.",
    "io\\.ecrhub\\.bench\\.EngineRoundTripBenchmark\\."
  };

  private RoundTripFigures() {}

  public static void main(String[] args) {
    System.out.println(report(measure(JmhFigures.fromCommandLine(args))));
  }

  /** Runs the floors and the engine round trip. */
  public static List<Figure> measure(Options options) {
    return JmhFigures.run(options, BENCHMARKS);
  }

  /** The figures as a Markdown table, followed by the ratios. */
  public static String report(List<Figure> figures) {
    StringBuilder out = new StringBuilder(Figure.markdownTable(figures, "µs"));
    Optional<Figure> engine = JmhFigures.find(figures, ENGINE);
    if (engine.isEmpty()) {
      return out.append("\n(no engine figure: nothing to compare)\n").toString();
    }
    out.append('\n');
    ratio(out, engine.get(), JmhFigures.find(figures, TYRUS_FLOOR), true);
    ratio(out, engine.get(), JmhFigures.find(figures, PLAIN_TYRUS_FLOOR), false);
    ratio(out, engine.get(), JmhFigures.find(figures, PEER_FLOOR), false);
    JmhFigures.find(figures, ENGINE_ALONE)
        .ifPresent(alone -> ratio(out, alone, JmhFigures.find(figures, TYRUS_FLOOR), false));
    return out.toString();
  }

  private static void ratio(
      StringBuilder out, Figure engine, Optional<Figure> floor, boolean hasTarget) {
    floor.ifPresent(
        base ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%s / %s = %.2f× (medians %s / %s µs)%s%n",
                    engine.name(),
                    base.name(),
                    engine.ratioTo(base),
                    Figure.number(engine.median()),
                    Figure.number(base.median()),
                    hasTarget
                        ? String.format(
                            Locale.ROOT,
                            ", target ≤ %.1f×: %s",
                            TARGET_RATIO,
                            engine.ratioTo(base) <= TARGET_RATIO ? "met" : "MISSED")
                        : "")));
  }
}
