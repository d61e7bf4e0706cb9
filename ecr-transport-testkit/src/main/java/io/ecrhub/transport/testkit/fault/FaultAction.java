package io.ecrhub.transport.testkit.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * What the faulty wire does with one frame. A {@link FaultPlan} returns one per frame.
 *
 * <p>Whatever the action, the sender's {@code send} stage completes as the wrapped transport's
 * would: what the wire then does to the frame is invisible to the sender, as on a real network.
 */
public sealed interface FaultAction
    permits FaultAction.Deliver,
        FaultAction.Delay,
        FaultAction.Drop,
        FaultAction.Duplicate,
        FaultAction.Corrupt,
        FaultAction.CorruptSeeded,
        FaultAction.Inject,
        FaultAction.Disconnect {

  /** Deliver the frame unchanged. */
  record Deliver() implements FaultAction {}

  /**
   * Deliver the frame after {@code by}. Everything sent after it on the same direction (frames,
   * pings, the close) waits behind it, as bytes on a TCP stream would.
   *
   * @param by how long the frame is held back; zero delivers at once
   */
  record Delay(Duration by) implements FaultAction {
    /**
     * Checks the delay.
     *
     * @param by how long; not negative
     * @throws NullPointerException when {@code by} is null
     * @throws IllegalArgumentException when {@code by} is negative
     */
    public Delay {
      Objects.requireNonNull(by, "by");
      if (by.isNegative()) {
        throw new IllegalArgumentException("by must not be negative, got " + by);
      }
    }
  }

  /** Lose the frame; the connection stays up. */
  record Drop() implements FaultAction {}

  /** Deliver the frame twice in a row. */
  record Duplicate() implements FaultAction {}

  /**
   * Deliver {@code replacement} instead of the frame.
   *
   * @param replacement the text the receiver gets; may be empty
   */
  record Corrupt(String replacement) implements FaultAction {
    /**
     * Checks the replacement.
     *
     * @param replacement the text delivered instead; not null
     * @throws NullPointerException when {@code replacement} is null
     */
    public Corrupt {
      Objects.requireNonNull(replacement, "replacement");
    }
  }

  /**
   * Deliver a damaged copy of the frame (truncated, a character changed, removed or inserted, or
   * replaced by garbage), chosen by {@code seed}: the same seed and text always give the same
   * damage, and the result always differs from the text.
   *
   * @param seed chooses the damage
   */
  record CorruptSeeded(long seed) implements FaultAction {}

  /**
   * Deliver {@code extraFrame} just before the frame, which then arrives unchanged.
   *
   * @param extraFrame the text delivered first; may be empty
   */
  record Inject(String extraFrame) implements FaultAction {
    /**
     * Checks the extra frame.
     *
     * @param extraFrame the text delivered first; not null
     * @throws NullPointerException when {@code extraFrame} is null
     */
    public Inject {
      Objects.requireNonNull(extraFrame, "extraFrame");
    }
  }

  /**
   * Break the connection instead of delivering the frame: it is closed with {@link
   * io.ecrhub.protocol.spi.CloseCodes#GOING_AWAY} (a decorator cannot forge a TCP reset), and what
   * waits behind a delay on the decorated end is lost.
   */
  record Disconnect() implements FaultAction {}

  /**
   * Delivers the frame unchanged.
   *
   * @return a {@link Deliver}
   */
  static FaultAction deliver() {
    return new Deliver();
  }

  /**
   * Delivers the frame after {@code by}, holding back what follows it.
   *
   * @param by how long; not negative
   * @return a {@link Delay}
   */
  static FaultAction delay(Duration by) {
    return new Delay(by);
  }

  /**
   * Loses the frame.
   *
   * @return a {@link Drop}
   */
  static FaultAction drop() {
    return new Drop();
  }

  /**
   * Delivers the frame twice in a row.
   *
   * @return a {@link Duplicate}
   */
  static FaultAction duplicate() {
    return new Duplicate();
  }

  /**
   * Delivers {@code replacement} instead of the frame.
   *
   * @param replacement the text delivered instead; not null
   * @return a {@link Corrupt}
   */
  static FaultAction corrupt(String replacement) {
    return new Corrupt(replacement);
  }

  /**
   * Delivers a damaged copy of the frame, chosen by {@code seed}.
   *
   * @param seed chooses the damage, repeatably
   * @return a {@link CorruptSeeded}
   */
  static FaultAction corruptSeeded(long seed) {
    return new CorruptSeeded(seed);
  }

  /**
   * Delivers {@code extraFrame} just before the frame.
   *
   * @param extraFrame the text delivered first; not null
   * @return an {@link Inject}
   */
  static FaultAction inject(String extraFrame) {
    return new Inject(extraFrame);
  }

  /**
   * Breaks the connection instead of delivering the frame.
   *
   * @return a {@link Disconnect}
   */
  static FaultAction disconnect() {
    return new Disconnect();
  }
}
