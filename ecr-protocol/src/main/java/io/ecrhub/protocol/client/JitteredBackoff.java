package io.ecrhub.protocol.client;

import io.ecrhub.domain.payment.Backoff;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Reconnects after the domain's {@link Backoff} — {@code initial}, times {@code multiplier} after
 * each failed attempt, never more than {@code max} — spread by ±{@code jitter} (a fraction) so that
 * many clients do not retry in lock-step. The recovery queries of the payment engine wait by the
 * same {@link Backoff}: one rule for both, only the jitter is the link's own.
 */
public final class JitteredBackoff implements ReconnectPolicy {

  private final Backoff backoff;
  private final double jitter;
  private final Random random;

  /**
   * A policy that never gives up.
   *
   * @param backoff the pause before each attempt, before the jitter
   * @param jitter within [0, 1): 0.2 spreads each pause over ±20 %
   * @param random where the spread comes from; seed it to repeat a run
   */
  public JitteredBackoff(Backoff backoff, double jitter, Random random) {
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.random = Objects.requireNonNull(random, "random");
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
    }
    this.jitter = jitter;
  }

  /**
   * 100 ms doubling up to 10 s, ±20 %, never giving up.
   *
   * @return a new policy with its own unseeded {@link Random}
   */
  public static JitteredBackoff defaults() {
    return new JitteredBackoff(
        new Backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(10)), 0.2, new Random());
  }

  @Override
  public Optional<Duration> nextDelay(int failedAttempts) {
    double spread;
    synchronized (random) {
      spread = 1 + jitter * (2 * random.nextDouble() - 1);
    }
    return Optional.of(Duration.ofNanos((long) (backoff.delay(failedAttempts).toNanos() * spread)));
  }
}
