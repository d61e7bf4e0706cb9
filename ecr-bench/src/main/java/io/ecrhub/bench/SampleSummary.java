package io.ecrhub.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A few repeated measurements summed up: median and range. For the drivers that repeat something
 * tens of times (a process start, a recovery), where percentiles beyond the range mean little.
 *
 * @param count how many measurements
 * @param median the middle one (the mean of the two middle ones for an even count)
 * @param min the smallest
 * @param max the largest
 */
public record SampleSummary(int count, double median, double min, double max) {

  /**
   * @throws IllegalArgumentException when there are no values
   */
  static SampleSummary of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to summarize");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new SampleSummary(n, median, sorted[0], Arrays.stream(sorted).max().getAsDouble());
  }

  /** {@code median (min–max, n=…)} with one decimal. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.1f (%.1f–%.1f, n=%d)", median, min, max, count);
  }
}
