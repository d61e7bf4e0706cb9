package io.ecrhub.bench;

import java.util.Locale;

/**
 * What one scale run measured. Latencies are in microseconds; heap in KiB.
 *
 * @param plan the run
 * @param sales sales approved while measuring
 * @param queries queries answered while measuring
 * @param errors failed sales or queries while measuring (the target is none)
 * @param errorsInWarmup failed sales or queries during the warm-up
 * @param firstError the first error seen, empty when none
 * @param operationsPerSecond sales and queries per second while measuring
 * @param heapPerIdleConnectionKiB heap in use with every connection open and idle, minus the heap
 *     before the first client was built, per connection: everything a connection costs, fixed costs
 *     spread over them
 * @param marginalHeapPerConnectionKiB the heap the second half of the connections added, per
 *     connection: what one more connection costs once the fixed costs are paid
 * @param threadsBefore live threads before the first client was built
 * @param threadsIdle live threads with every connection open and idle
 * @param threadsPeak the most live threads seen while the lanes ran
 */
public record ScaleResult(
    ScalePlan plan,
    long sales,
    long queries,
    long errors,
    long errorsInWarmup,
    String firstError,
    double operationsPerSecond,
    Latencies sale,
    Latencies query,
    double heapPerIdleConnectionKiB,
    double marginalHeapPerConnectionKiB,
    int threadsBefore,
    int threadsIdle,
    int threadsPeak) {

  /** The latency percentiles of one operation, in microseconds. */
  public record Latencies(double p50, double p99, double p999, double max) {

    static Latencies of(LatencyHistogram histogram) {
      return new Latencies(
          histogram.percentile(50) / 1000.0,
          histogram.percentile(99) / 1000.0,
          histogram.percentile(99.9) / 1000.0,
          histogram.max() / 1000.0);
    }

    /** {@code p50 / p99 / p99.9} in milliseconds. */
    String inMillis() {
      return String.format(
          Locale.ROOT, "%.2f / %.2f / %.2f", p50 / 1000.0, p99 / 1000.0, p999 / 1000.0);
    }
  }

  /** The header matching {@link #markdownRow()}. */
  public static String markdownHeader() {
    return "| N | pace | ops/s | sale p50 / p99 / p99.9 ms | query p50 / p99 / p99.9 ms | errors"
        + " | heap KiB/idle conn (avg / marginal) | threads before / idle / peak |\n"
        + "|---:|---|---:|---|---|---:|---:|---|";
  }

  /** One Markdown table row. */
  public String markdownRow() {
    return String.format(
        Locale.ROOT,
        "| %d | %s | %.0f | %s | %s | %d (+%d in warm-up) | %.1f / %.1f | %d / %d / %d |",
        plan.connections(),
        plan.flatOut() ? "flat out" : "1 cycle per " + plan.period().toMillis() + " ms",
        operationsPerSecond,
        sale.inMillis(),
        query.inMillis(),
        errors,
        errorsInWarmup,
        heapPerIdleConnectionKiB,
        marginalHeapPerConnectionKiB,
        threadsBefore,
        threadsIdle,
        threadsPeak);
  }
}
