package io.ecrhub.protocol.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a dead terminal is noticed before the next sale: every {@code interval} the link sends a
 * transport ping (or an {@code ecrhub.heartbeat} where the transport has no ping), and when nothing
 * at all has arrived for {@code timeout} the connection is dropped and re-established.
 */
public record KeepAlive(Duration interval, Duration timeout) {

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

  /** A ping every 3 s; a terminal silent for 10 s is dead. */
  public static KeepAlive defaults() {
    return new KeepAlive(Duration.ofSeconds(3), Duration.ofSeconds(10));
  }
}
