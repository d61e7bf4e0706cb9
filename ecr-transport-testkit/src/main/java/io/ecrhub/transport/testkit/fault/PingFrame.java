package io.ecrhub.transport.testkit.fault;

import java.util.Objects;

/**
 * One transport-level ping, as a {@link FaultPlan} sees it when the peer is about to answer it.
 *
 * @param connection the connection's number (see {@link Frame#connection()})
 * @param direction which way the ping travels: {@link Direction#CLIENT_TO_SERVER} when the client
 *     pinged the server
 * @param index the ping's position among the pings sent that way on that connection, 0 for the
 *     first
 */
public record PingFrame(int connection, Direction direction, long index) {

  /**
   * Checks the ping.
   *
   * @param connection the connection's number; not negative
   * @param direction which way the ping travels; not null
   * @param index the ping's position on its direction; not negative
   * @throws NullPointerException when {@code direction} is null
   * @throws IllegalArgumentException when {@code connection} or {@code index} is negative
   */
  public PingFrame {
    Objects.requireNonNull(direction, "direction");
    if (connection < 0) {
      throw new IllegalArgumentException("connection must not be negative, got " + connection);
    }
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
  }
}
