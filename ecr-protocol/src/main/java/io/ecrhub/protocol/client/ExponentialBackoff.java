package io.ecrhub.protocol.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Exponential back-off with jitter: {@code initial × 2^failedAttempts}, capped at {@code max}, then
 * spread by ±{@code jitter} (a fraction) so that many clients do not retry in lock-step.
 */
public final class ExponentialBackoff implements ReconnectPolicy {

  private final Duration initial;
  private final Duration max;
  private final double jitter;
  private final Random random;

  public ExponentialBackoff(Duration initial, Duration max, double jitter, Random random) {
    this.initial = Objects.requireNonNull(initial, "initial");
    this.max = Objects.requireNonNull(max, "max");
    this.random = Objects.requireNonNull(random, "random");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < initial <= max");
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
    }
    this.jitter = jitter;
  }

  /** 100 ms doubling up to 10 s, ±20 %. */
  public static ExponentialBackoff defaults() {
    return new ExponentialBackoff(
        Duration.ofMillis(100), Duration.ofSeconds(10), 0.2, new Random());
  }

  @Override
  public Optional<Duration> nextDelay(int failedAttempts) {
    double base = initial.toNanos() * Math.pow(2, Math.min(Math.max(failedAttempts, 0), 30));
    double capped = Math.min(base, max.toNanos());
    double spread;
    synchronized (random) {
      spread = 1 + jitter * (2 * random.nextDouble() - 1);
    }
    return Optional.of(Duration.ofNanos((long) (capped * spread)));
  }
}
