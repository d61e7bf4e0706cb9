package io.ecrhub.transport.testkit.fault;

import java.net.URI;
import java.util.Objects;

/**
 * One text frame at the moment it is sent, as a {@link FaultPlan} and a {@link FrameObserver} see
 * it.
 *
 * @param connection the connection's number in its {@link FaultInjection}: 0 for the first
 *     connection opened, then 1, 2… in the order the connections were opened (so a sequential test
 *     sees the same numbers on every run)
 * @param address the server address the connection was opened to, e.g. {@code ws://127.0.0.1:35779}
 * @param direction which way the frame travels
 * @param index the frame's position on that direction of that connection: 0 for the first frame
 * @param text the text as the sender sent it
 */
public record Frame(int connection, URI address, Direction direction, long index, String text) {

  private static final int SHOWN_CHARS = 80;

  /**
   * Checks the frame.
   *
   * @param connection the connection's number; not negative
   * @param address the server address; not null
   * @param direction which way the frame travels; not null
   * @param index the frame's position on its direction; not negative
   * @param text the text as sent; not null
   * @throws NullPointerException when {@code address}, {@code direction} or {@code text} is null
   * @throws IllegalArgumentException when {@code connection} or {@code index} is negative
   */
  public Frame {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(text, "text");
    if (connection < 0) {
      throw new IllegalArgumentException("connection must not be negative, got " + connection);
    }
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
  }

  /** Shortened text, so that a 64 KiB frame does not flood an assertion message. */
  @Override
  public String toString() {
    String shown =
        text.length() <= SHOWN_CHARS
            ? text
            : text.substring(0, SHOWN_CHARS) + "…(" + text.length() + " chars)";
    return "Frame[connection="
        + connection
        + ", "
        + direction
        + " #"
        + index
        + ", text="
        + shown
        + "]";
  }
}
