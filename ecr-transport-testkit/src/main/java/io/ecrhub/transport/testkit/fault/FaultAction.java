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
   */
  record Delay(Duration by) implements FaultAction {
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

  /** Deliver {@code replacement} instead of the frame. */
  record Corrupt(String replacement) implements FaultAction {
    public Corrupt {
      Objects.requireNonNull(replacement, "replacement");
    }
  }

  /**
   * Deliver a damaged copy of the frame (truncated, a character changed, removed or inserted, or
   * replaced by garbage), chosen by {@code seed}: the same seed and text always give the same
   * damage, and the result always differs from the text.
   */
  record CorruptSeeded(long seed) implements FaultAction {}

  /** Deliver {@code extraFrame} just before the frame, which then arrives unchanged. */
  record Inject(String extraFrame) implements FaultAction {
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

  static FaultAction deliver() {
    return new Deliver();
  }

  static FaultAction delay(Duration by) {
    return new Delay(by);
  }

  static FaultAction drop() {
    return new Drop();
  }

  static FaultAction duplicate() {
    return new Duplicate();
  }

  static FaultAction corrupt(String replacement) {
    return new Corrupt(replacement);
  }

  static FaultAction corruptSeeded(long seed) {
    return new CorruptSeeded(seed);
  }

  static FaultAction inject(String extraFrame) {
    return new Inject(extraFrame);
  }

  static FaultAction disconnect() {
    return new Disconnect();
  }
}
