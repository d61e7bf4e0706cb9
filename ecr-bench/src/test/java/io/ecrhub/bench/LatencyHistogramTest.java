package io.ecrhub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyHistogramTest {

  @ParameterizedTest
  @ValueSource(doubles = {10, 50, 90, 99, 99.9})
  void percentiles_are_within_one_percent_of_the_exact_ones(double percent) {
    long seed = 20251126L;
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    long[] values = new long[100_000];
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 0; i < values.length; i++) {
      // log-uniform from 1 µs to 1 s, as latencies spread
      values[i] = (long) Math.pow(10, 3 + 6 * random.nextDouble());
      histogram.record(values[i]);
    }
    Arrays.sort(values);
    long exact = values[(int) Math.ceil(percent / 100 * values.length) - 1];

    assertThat((double) histogram.percentile(percent))
        .as("p%s, seed=%d", percent, seed)
        .isCloseTo(exact, within(exact * 0.01));
  }

  @Test
  void count_mean_and_max_are_exact() {
    LatencyHistogram histogram = new LatencyHistogram();
    histogram.record(100);
    histogram.record(300);
    histogram.record(-5);

    assertThat(histogram.count()).isEqualTo(3);
    assertThat(histogram.mean()).isEqualTo(400 / 3.0);
    assertThat(histogram.max()).isEqualTo(300);
  }

  @Test
  void an_empty_histogram_reads_zero() {
    assertThat(new LatencyHistogram().percentile(99)).isZero();
  }

  @Test
  void every_value_falls_in_the_bucket_that_holds_it() {
    for (long value : new long[] {0, 1, 127, 128, 255, 256, 1_000_003, 1L << 61}) {
      int bucket = LatencyHistogram.bucketOf(value);
      assertThat(LatencyHistogram.lowestOf(bucket))
          .as("value %d", value)
          .isLessThanOrEqualTo(value);
      if (bucket + 1 < (Long.SIZE - 7 + 1) * 128) {
        assertThat(LatencyHistogram.lowestOf(bucket + 1))
            .as("value %d", value)
            .isGreaterThan(value);
      }
    }
  }
}
