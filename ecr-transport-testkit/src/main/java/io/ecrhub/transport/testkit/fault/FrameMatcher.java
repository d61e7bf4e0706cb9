package io.ecrhub.transport.testkit.fault;

import java.util.Objects;

/**
 * Selects frames for a {@link ScriptedFaults} rule. Combine the factories with {@link #and}, e.g.
 * "the first frame the server sends on connection 0": {@code
 * connection(0).and(serverToClient()).and(index(0))}.
 */
@FunctionalInterface
public interface FrameMatcher {

  boolean matches(Frame frame);

  default FrameMatcher and(FrameMatcher other) {
    Objects.requireNonNull(other, "other");
    return frame -> matches(frame) && other.matches(frame);
  }

  default FrameMatcher or(FrameMatcher other) {
    Objects.requireNonNull(other, "other");
    return frame -> matches(frame) || other.matches(frame);
  }

  default FrameMatcher negate() {
    return frame -> !matches(frame);
  }

  /** Every frame. */
  static FrameMatcher any() {
    return frame -> true;
  }

  /** Frames travelling {@code direction}. */
  static FrameMatcher direction(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return frame -> frame.direction() == direction;
  }

  /** Frames the client sends (the POS's requests). */
  static FrameMatcher clientToServer() {
    return direction(Direction.CLIENT_TO_SERVER);
  }

  /** Frames the server sends (the terminal's replies and notifications). */
  static FrameMatcher serverToClient() {
    return direction(Direction.SERVER_TO_CLIENT);
  }

  /** The frame at {@code index} on its direction of its connection; 0 is the first. */
  static FrameMatcher index(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    return frame -> frame.index() == index;
  }

  /** Frames of the connection numbered {@code connection} (0 for the first one opened). */
  static FrameMatcher connection(int connection) {
    if (connection < 0) {
      throw new IllegalArgumentException("connection must not be negative, got " + connection);
    }
    return frame -> frame.connection() == connection;
  }

  /** Frames whose text contains {@code fragment}, e.g. a topic or a merchant order number. */
  static FrameMatcher containing(String fragment) {
    Objects.requireNonNull(fragment, "fragment");
    return frame -> frame.text().contains(fragment);
  }
}
