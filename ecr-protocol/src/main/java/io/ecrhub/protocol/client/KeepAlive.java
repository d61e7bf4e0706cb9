package io.ecrhub.protocol.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a dead terminal is noticed before the next sale: every {@code interval} the link sends a
 * transport ping (or an {@code ecrhub.heartbeat} where the transport has no ping), and when nothing
 * at all has arrived for {@code timeout} the connection is dropped and re-established.
 *
 * @param interval the time between two pings; positive
 * @param timeout how long the terminal may stay silent (no frame, no pong) before the connection
 *     counts as dead; at least {@code interval}. Silence is checked only at each ping, so a dead
 *     connection is noticed up to one {@code interval} later
 */
public record KeepAlive(Duration interval, Duration timeout) {

  /**
   * Checks the durations.
   *
   * @param interval the time between two pings; positive
   * @param timeout how long the terminal may stay silent; at least {@code interval}
   * @throws IllegalArgumentException when {@code interval} is not positive or {@code timeout} is
   *     shorter than it
   */
  public KeepAlive {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("keep-alive interval must be positive");
    }
    if (timeout.compareTo(interval) < 0) {
      throw new IllegalArgumentException("keep-alive timeout must be at least the interval");
    }
  }

  /**
   * A ping every 3 s; a terminal silent for 10 s is dead.
   *
   * @return the defaults
   */
  public static KeepAlive defaults() {
    return new KeepAlive(Duration.ofSeconds(3), Duration.ofSeconds(10));
  }
}
