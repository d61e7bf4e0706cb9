package io.ecrhub.protocol.client;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before the next connection attempt after a drop or a failed attempt. Pluggable:
 * a POS on a flaky Wi-Fi may want fast retries, a store server with 2000 lanes wants jitter so that
 * lanes do not reconnect in lock-step after a switch reboot.
 */
@FunctionalInterface
public interface ReconnectPolicy {

  /**
   * The pause before the next attempt, or empty to stop reconnecting.
   *
   * @param failedAttempts consecutive failed attempts so far: 0 right after a working connection
   *     dropped
   * @return the pause before the next attempt; empty to stop (the link then stays idle until the
   *     next request)
   */
  Optional<Duration> nextDelay(int failedAttempts);

  /**
   * Never reconnect: the link stays down after the first drop, until a request asks for it again.
   *
   * @return a policy whose every answer is empty
   */
  static ReconnectPolicy never() {
    return failedAttempts -> Optional.empty();
  }
}
