package io.ecrhub.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.runner.options.Options;

/**
 * Figure 3 in one run: the project's codec and the Jackson peer on the same {@code pay.order} pair,
 * and their ratio.
 *
 * <pre>
 * java -cp ecr-it/target/benchmarks.jar io.ecrhub.bench.CodecFigures [JMH options]
 * </pre>
 */
public final class CodecFigures {

  /** The codec's target per request/response pair, in microseconds. */
  public static final double TARGET_MICROS = 5.0;

  static final String PAIR = "CodecBenchmark.pair";
  static final String PEER_PAIR = "PeerCodecBenchmark.pair";

  private static final String[] BENCHMARKS = {
    "io\\.ecrhub\\.bench\\.CodecBenchmark\\.", "io\\.ecrhub\\.bench\\.PeerCodecBenchmark\\."
  };

  private CodecFigures() {}

  public static void main(String[] args) {
    System.out.println(report(measure(JmhFigures.fromCommandLine(args))));
  }

  /** Runs the project's codec benchmarks and, when on the class path, the peer's. */
  public static List<Figure> measure(Options options) {
    return JmhFigures.run(options, BENCHMARKS);
  }

  /** The figures as a Markdown table, the target check and the ratio to the peer. */
  public static String report(List<Figure> figures) {
    StringBuilder out = new StringBuilder(Figure.markdownTable(figures, "µs"));
    Optional<Figure> pair = JmhFigures.find(figures, PAIR);
    Optional<Figure> peer = JmhFigures.find(figures, PEER_PAIR);
    pair.ifPresent(
        ours ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%ncodec pair median %s µs, target ≤ %.0f µs: %s%n",
                    Figure.number(ours.median()),
                    TARGET_MICROS,
                    ours.median() <= TARGET_MICROS ? "met" : "MISSED")));
    if (pair.isPresent() && peer.isPresent()) {
      out.append(
          String.format(
              Locale.ROOT,
              "project / Jackson = %.2f× (medians %s / %s µs)%n",
              pair.get().ratioTo(peer.get()),
              Figure.number(pair.get().median()),
              Figure.number(peer.get().median())));
    }
    return out.toString();
  }
}
