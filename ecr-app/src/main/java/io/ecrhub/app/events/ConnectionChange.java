package io.ecrhub.app.events;

import java.util.Objects;

/**
 * The connection to a terminal changed state.
 *
 * @param terminal the terminal, as the client names it
 * @param previous the state it left
 * @param current the state it is in now
 * @param reason why, in a few words: {@code "connection lost (1006 …)"}, {@code "cannot connect:
 *     Connection refused"}, {@code "connected (…)"}
 * @param failedAttempts connection attempts that failed in a row so far; 0 once connected
 * @param reconnect whether this is a connection made again after an earlier one of the client was
 *     lost ({@code current} is {@link ConnectionState#CONNECTED})
 */
public record ConnectionChange(
    String terminal,
    ConnectionState previous,
    ConnectionState current,
    String reason,
    int failedAttempts,
    boolean reconnect) {

  /**
   * Checks that every reference component is present.
   *
   * @param terminal the terminal, as the client names it
   * @param previous the state it left
   * @param current the state it is in now
   * @param reason why, in a few words
   * @param failedAttempts failed attempts in a row so far
   * @param reconnect whether a lost connection was made again
   * @throws NullPointerException if a reference is null
   */
  public ConnectionChange {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(reason, "reason");
  }
}
