package io.ecrhub.transport.testkit.fault;

import java.util.Objects;

/**
 * A text a listener was given, and the sent frame it stems from.
 *
 * @param origin the frame as sent
 * @param text what the receiver got: the same text, a corrupted one, or an injected extra frame
 */
public record DeliveredFrame(Frame origin, String text) {

  /**
   * Checks the record.
   *
   * @param origin the frame as sent; not null
   * @param text what the receiver got; not null
   * @throws NullPointerException when {@code origin} or {@code text} is null
   */
  public DeliveredFrame {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The direction of the frame this text stems from.
   *
   * @return {@code origin().direction()}
   */
  public Direction direction() {
    return origin.direction();
  }
}
