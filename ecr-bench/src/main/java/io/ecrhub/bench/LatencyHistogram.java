package io.ecrhub.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latencies in nanoseconds, recorded by many threads at once without a lock and read back as
 * percentiles. Values are kept in log-linear buckets, 128 per power of two, so a percentile is
 * exact to within 0.8 % at any magnitude — from microseconds to minutes in 60 KiB.
 */
final class LatencyHistogram {

  private static final int SUB_BUCKET_BITS = 7;
  private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;

  private final AtomicLongArray counts =
      new AtomicLongArray((Long.SIZE - SUB_BUCKET_BITS + 1) * SUB_BUCKETS);
  private final LongAdder count = new LongAdder();
  private final LongAdder sum = new LongAdder();
  private final AtomicLong max = new AtomicLong();

  /** Records one latency; a negative one (a clock oddity) counts as 0. */
  void record(long nanos) {
    long value = Math.max(0, nanos);
    counts.incrementAndGet(bucketOf(value));
    count.increment();
    sum.add(value);
    max.accumulateAndGet(value, Math::max);
  }

  long count() {
    return count.sum();
  }

  /** The mean in nanoseconds; 0 when empty. */
  double mean() {
    long n = count.sum();
    return n == 0 ? 0 : (double) sum.sum() / n;
  }

  long max() {
    return max.get();
  }

  /**
   * The latency below which {@code percent} of the recorded ones lie, in nanoseconds (the middle of
   * its bucket); 0 when empty.
   */
  long percentile(double percent) {
    long total = count.sum();
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
    long seen = 0;
    for (int bucket = 0; bucket < counts.length(); bucket++) {
      seen += counts.get(bucket);
      if (seen >= rank) {
        return Math.min(lowestOf(bucket) + widthOf(bucket) / 2, max.get());
      }
    }
    return max.get();
  }

  static int bucketOf(long value) {
    if (value < SUB_BUCKETS) {
      return (int) value;
    }
    int shift = (Long.SIZE - 1 - Long.numberOfLeadingZeros(value)) - SUB_BUCKET_BITS;
    int mantissa = (int) (value >>> shift); // 128..255
    return (shift + 1) * SUB_BUCKETS + (mantissa - SUB_BUCKETS);
  }

  static long lowestOf(int bucket) {
    if (bucket < SUB_BUCKETS) {
      return bucket;
    }
    int shift = bucket / SUB_BUCKETS - 1;
    long mantissa = bucket % SUB_BUCKETS + SUB_BUCKETS;
    return mantissa << shift;
  }

  private static long widthOf(int bucket) {
    return bucket < SUB_BUCKETS ? 1 : 1L << (bucket / SUB_BUCKETS - 1);
  }
}
