package io.ecrhub.protocol.client.internal;

import java.util.Objects;

/**
 * The link to the terminal moved from one state to another.
 *
 * @param from the state it left
 * @param to the state it is in now
 * @param reason why, in a few words: {@code "connection lost (4000 no sign of life for 30000 ms)"},
 *     {@code "cannot connect: Connection refused"}
 * @param failedAttempts connection attempts that failed in a row so far (0 once connected)
 * @param reconnected whether {@code to} is {@link TerminalLink.State#CONNECTED} after an earlier
 *     connection of this link was lost
 */
public record LinkTransition(
    TerminalLink.State from,
    TerminalLink.State to,
    String reason,
    int failedAttempts,
    boolean reconnected) {

  /**
   * Checks that no state or reason is null.
   *
   * @param from the state it left
   * @param to the state it is in now
   * @param reason why, in a few words
   * @param failedAttempts connection attempts that failed in a row so far
   * @param reconnected whether this is a reconnection after a lost connection
   */
  public LinkTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
  }
}
