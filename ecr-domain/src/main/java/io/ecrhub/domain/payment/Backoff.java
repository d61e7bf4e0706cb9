package io.ecrhub.domain.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off between recovery queries: {@code initial}, then times {@code multiplier}
 * after each attempt, never more than {@code max}. A terminal busy with a card should not be
 * flooded with queries, and a terminal that just came back should be asked soon.
 *
 * @param initial the first delay; not negative
 * @param multiplier the growth factor per attempt; at least 1
 * @param max the longest delay; at least {@code initial}
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

  /**
   * Checks the back-off.
   *
   * @param initial the first delay; not negative
   * @param multiplier the growth factor per attempt; at least 1
   * @param max the longest delay; at least {@code initial}
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if {@code initial} is negative, above {@code max}, or {@code
   *     multiplier} is below 1
   */
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

  /**
   * The delay before attempt {@code attempt} (0 for the first retry).
   *
   * @param attempt the retry's index from 0; a negative one counts as 0
   * @return {@code initial × multiplier^attempt}, capped at {@code max}
   */
  public Duration delay(int attempt) {
    double nanos = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt));
    return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
  }
}
