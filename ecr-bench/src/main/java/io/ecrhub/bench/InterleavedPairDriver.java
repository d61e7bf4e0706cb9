package io.ecrhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.options.Options;

/**
 * One benchmark against another, interleaved: A, B, A, B, … one JMH run each, so that drift of a
 * shared machine hits both sides alike. Every run is reported, and each round's ratio A / B is of
 * two medians measured one right after the other — never of medians from different days.
 *
 * <pre>
 * java -cp ecr-bench/target/benchmarks.jar io.ecrhub.bench.InterleavedPairDriver \
 *     --a EngineRoundTripBenchmark.query --b WireFloorBenchmark.tyrusTransports \
 *     --rounds 3 --target 1.3 -- -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>Prints Markdown: one table of every run, one of the ratios with the target's verdict.
 */
public final class InterleavedPairDriver {

  /**
   * Printed right before the report, so that a script can cut it from JMH's progress output (an
   * HTML comment: invisible if it is left in Markdown).
   */
  static final String REPORT_MARKER = "<!-- report -->";

  private static final Set<String> OPTIONS = Set.of("a", "b", "rounds", "target", "unit");

  private InterleavedPairDriver() {}

  public static void main(String[] args) {
    DriverArgs options = DriverArgs.parse(args, OPTIONS);
    String a = required(options, "a");
    String b = required(options, "b");
    int rounds = options.integer("rounds", 3);
    double target = Double.parseDouble(options.text("target", "1.0"));
    String unit = options.text("unit", "µs");
    Options jmh = JmhFigures.fromCommandLine(options.rest().toArray(String[]::new));

    List<Round> measured = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Figure first = only(jmh, a);
      Figure second = only(jmh, b);
      measured.add(new Round(round, first, second));
    }
    System.out.println(REPORT_MARKER);
    System.out.print(report(measured, target, unit));
  }

  /** One A run and the B run right after it. */
  record Round(int number, Figure a, Figure b) {
    double ratio() {
      return a.ratioTo(b);
    }
  }

  static String report(List<Round> rounds, double target, String unit) {
    StringBuilder out = new StringBuilder("Every run, in the order it ran:\n\n");
    out.append(
            Figure.markdownHeader(unit)
                .replace("| benchmark |", "| run | benchmark |")
                .replace("|---|", "|---:|---|"))
        .append('\n');
    int run = 0;
    for (Round round : rounds) {
      out.append("| ").append(++run).append(' ').append(round.a().markdownRow()).append('\n');
      out.append("| ").append(++run).append(' ').append(round.b().markdownRow()).append('\n');
    }
    String a = rounds.get(0).a().name();
    String b = rounds.get(0).b().name();
    out.append(
            String.format(
                Locale.ROOT,
                "%n| round | %s median | %s median | ratio | target ≤ %.2f× |%n",
                a,
                b,
                target))
        .append("|---:|---:|---:|---:|---|\n");
    int met = 0;
    for (Round round : rounds) {
      boolean ok = round.ratio() <= target;
      met += ok ? 1 : 0;
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s | %.2f× | %s |%n",
              round.number(),
              Figure.number(round.a().median()),
              Figure.number(round.b().median()),
              round.ratio(),
              ok
                  ? "met"
                  : String.format(
                      Locale.ROOT, "missed by %.0f %%", (round.ratio() / target - 1) * 100)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nTarget met in %d of %d rounds (the issue asks for every round).%n",
            met,
            rounds.size()));
    return out.toString();
  }

  /** Runs exactly one benchmark, by its {@code Class.method} name. */
  private static Figure only(Options jmh, String name) {
    String include = "io\\.ecrhub\\.bench\\." + Pattern.quote(name) + "$";
    List<Figure> figures = JmhFigures.run(jmh, include);
    return JmhFigures.find(figures, name)
        .orElseThrow(
            () -> new IllegalStateException(name + " did not run (not on the class path?)"));
  }

  private static String required(DriverArgs options, String name) {
    String value = options.text(name, null);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
