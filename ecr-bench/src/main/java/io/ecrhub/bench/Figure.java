package io.ecrhub.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One measured figure: the distribution of single-operation times of one benchmark, all forks and
 * iterations together.
 *
 * @param name the benchmark, e.g. {@code WireFloorBenchmark.tyrusTransports}
 * @param unit the time unit of every number, e.g. {@code us/op}
 * @param samples how many operations were timed
 * @param p10 the 10th percentile
 * @param median the 50th percentile
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param forkMedianLow the lowest median of a single fork: with {@code forkMedianHigh}, how much
 *     one JVM differs from the next
 * @param forkMedianHigh the highest median of a single fork
 */
public record Figure(
    String name,
    String unit,
    long samples,
    double p10,
    double median,
    double p90,
    double p99,
    double p999,
    double forkMedianLow,
    double forkMedianHigh) {

  public Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }

  /** This figure's median over another's: how many times slower this one is. */
  public double ratioTo(Figure base) {
    return median / base.median;
  }

  /** A Markdown table row: name, median, p10–p90, p99, p99.9, fork medians, samples. */
  public String markdownRow() {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s–%s | %s | %s | %s–%s | %d |",
        name,
        number(median),
        number(p10),
        number(p90),
        number(p99),
        number(p999),
        number(forkMedianLow),
        number(forkMedianHigh),
        samples);
  }

  /** The header matching {@link #markdownRow()}. */
  public static String markdownHeader(String unit) {
    return "| benchmark | median "
        + unit
        + " | p10–p90 | p99 | p99.9 | fork medians | samples |\n"
        + "|---|---:|---:|---:|---:|---:|---:|";
  }

  /** The figures as a Markdown table, one row each, in {@code unit}. */
  public static String markdownTable(List<Figure> figures, String unit) {
    StringBuilder table = new StringBuilder(markdownHeader(unit)).append('\n');
    figures.forEach(figure -> table.append(figure.markdownRow()).append('\n'));
    return table.toString();
  }

  static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
