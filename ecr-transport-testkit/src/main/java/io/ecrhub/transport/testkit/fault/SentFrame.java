package io.ecrhub.transport.testkit.fault;

import java.util.Objects;

/**
 * A frame that was sent, and what the wire did with it.
 *
 * @param frame the frame as sent
 * @param action the action the fault plan chose for it
 */
public record SentFrame(Frame frame, FaultAction action) {

  /**
   * Checks the record.
   *
   * @param frame the frame as sent; not null
   * @param action what the plan chose; not null
   * @throws NullPointerException when {@code frame} or {@code action} is null
   */
  public SentFrame {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(action, "action");
  }
}
