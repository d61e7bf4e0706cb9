package io.ecrhub.protocol.client.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What a link says about failed connection attempts, so that a terminal switched off for a night
 * costs a few log lines, not hundreds: the first failure, then at most one line a minute with the
 * count so far, then "reconnected after N attempts". Each method returns the warning to log, if
 * any; the caller logs it (and the rest at debug level).
 *
 * <p>Not thread-safe: the link calls it under its lock.
 */
final class OutageLog {

  /** At most one warning in this period while the attempts keep failing. */
  static final Duration QUIET_PERIOD = Duration.ofMinutes(1);

  private final String endpoint;
  private final LongSupplier nanoClock;

  private int failedAttempts;
  private long firstFailureNanos;
  private long lastWarningNanos;

  /**
   * @param endpoint the terminal as logs may show it (no password)
   * @param nanoClock {@link System#nanoTime()}, or a clock a test moves
   */
  OutageLog(String endpoint, LongSupplier nanoClock) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** An attempt failed with {@code cause}: a warning for the first, then once a minute. */
  Optional<String> attemptFailed(String cause) {
    long now = nanoClock.getAsLong();
    failedAttempts++;
    if (failedAttempts == 1) {
      firstFailureNanos = now;
      lastWarningNanos = now;
      return Optional.of(
          "cannot connect to "
              + endpoint
              + ": "
              + cause
              + " (retrying; further failures are logged once a minute)");
    }
    if (now - lastWarningNanos < QUIET_PERIOD.toNanos()) {
      return Optional.empty();
    }
    lastWarningNanos = now;
    return Optional.of(
        "still cannot connect to "
            + endpoint
            + ": "
            + failedAttempts
            + " attempts failed in "
            + seconds(now - firstFailureNanos)
            + " s, the last with: "
            + cause);
  }

  /** A connection opened: after failed attempts, says how many it took, and starts over. */
  Optional<String> connected() {
    if (failedAttempts == 0) {
      return Optional.empty();
    }
    long took = nanoClock.getAsLong() - firstFailureNanos;
    int attempts = failedAttempts;
    failedAttempts = 0;
    return Optional.of(
        "reconnected to "
            + endpoint
            + " after "
            + attempts
            + (attempts == 1 ? " failed attempt" : " failed attempts")
            + " in "
            + seconds(took)
            + " s");
  }

  /** Failed attempts since the last connection. */
  int failedAttempts() {
    return failedAttempts;
  }

  private static long seconds(long nanos) {
    return Duration.ofNanos(nanos).toSeconds();
  }
}
