package io.ecrhub.transport.testkit.fault;

import java.util.Objects;

/**
 * Selects frames for a {@link ScriptedFaults} rule. Combine the factories with {@link #and}, e.g.
 * "the first frame the server sends on connection 0": {@code
 * connection(0).and(serverToClient()).and(index(0))}.
 */
@FunctionalInterface
public interface FrameMatcher {

  /**
   * Whether the rule applies to {@code frame}; called under the plan's lock, so keep it quick.
   *
   * @param frame the frame the wire is deciding on
   * @return true to select it
   */
  boolean matches(Frame frame);

  /**
   * Frames both this and {@code other} select; {@code other} is not asked when this one says no.
   *
   * @param other the second condition; not null
   * @return the combined matcher
   */
  default FrameMatcher and(FrameMatcher other) {
    Objects.requireNonNull(other, "other");
    return frame -> matches(frame) && other.matches(frame);
  }

  /**
   * Frames this or {@code other} selects; {@code other} is not asked when this one says yes.
   *
   * @param other the alternative condition; not null
   * @return the combined matcher
   */
  default FrameMatcher or(FrameMatcher other) {
    Objects.requireNonNull(other, "other");
    return frame -> matches(frame) || other.matches(frame);
  }

  /**
   * Frames this one does not select.
   *
   * @return the inverted matcher
   */
  default FrameMatcher negate() {
    return frame -> !matches(frame);
  }

  /**
   * Every frame.
   *
   * @return a matcher that always says yes
   */
  static FrameMatcher any() {
    return frame -> true;
  }

  /**
   * Frames travelling {@code direction}.
   *
   * @param direction the direction to select; not null
   * @return the matcher
   */
  static FrameMatcher direction(Direction direction) {
    Objects.requireNonNull(direction, "direction");
    return frame -> frame.direction() == direction;
  }

  /**
   * Frames the client sends (the POS's requests).
   *
   * @return the matcher
   */
  static FrameMatcher clientToServer() {
    return direction(Direction.CLIENT_TO_SERVER);
  }

  /**
   * Frames the server sends (the terminal's replies and notifications).
   *
   * @return the matcher
   */
  static FrameMatcher serverToClient() {
    return direction(Direction.SERVER_TO_CLIENT);
  }

  /**
   * The frame at {@code index} on its direction of its connection; 0 is the first. Combine with
   * {@link #connection(int)} and a direction to pick a single frame.
   *
   * @param index the frame's position; not negative
   * @return the matcher
   * @throws IllegalArgumentException when {@code index} is negative
   */
  static FrameMatcher index(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    return frame -> frame.index() == index;
  }

  /**
   * Frames of the connection numbered {@code connection} (0 for the first one opened).
   *
   * @param connection the connection's number in its {@link FaultInjection}; not negative
   * @return the matcher
   * @throws IllegalArgumentException when {@code connection} is negative
   */
  static FrameMatcher connection(int connection) {
    if (connection < 0) {
      throw new IllegalArgumentException("connection must not be negative, got " + connection);
    }
    return frame -> frame.connection() == connection;
  }

  /**
   * Frames whose text contains {@code fragment}, e.g. a topic or a merchant order number.
   *
   * @param fragment the substring to look for, case-sensitive; not null
   * @return the matcher
   */
  static FrameMatcher containing(String fragment) {
    Objects.requireNonNull(fragment, "fragment");
    return frame -> frame.text().contains(fragment);
  }
}
