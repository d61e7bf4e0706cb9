package io.ecrhub.domain.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off between recovery queries: {@code initial}, then times {@code multiplier}
 * after each attempt, never more than {@code max}. A terminal busy with a card should not be
 * flooded with queries, and a terminal that just came back should be asked soon.
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off needs 0 <= initial <= max");
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("back-off multiplier must be at least 1");
    }
  }

  /** The delay before attempt {@code attempt} (0 for the first retry). */
  public Duration delay(int attempt) {
    double nanos = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt));
    return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
  }
}
