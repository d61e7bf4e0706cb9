package io.ecrhub.transport.loopback;

/**
 * Decides, frame by frame, what the loopback wire does: the fault-injection hook of a {@link
 * LoopbackNetwork}.
 *
 * <p>The network consults the plan for every text frame when it is sent, in the order frames are
 * sent on each direction, and for every connect attempt and every ping. A plan whose answers depend
 * only on what it is given (connection number, direction, index, text) makes a run repeatable: see
 * {@link ScriptedFaults} for exact scripts and {@link RandomFaults} for seeded random faults.
 *
 * <p>The network calls a plan from the sending thread while it holds the lock of that direction of
 * the connection, so that decisions follow the sending order: answer quickly and do not call back
 * into the transport. An exception thrown by the plan reaches the caller of {@code send}, {@code
 * connect} or {@code ping} (or, for pongs, the answering side's error log): it is a bug in the
 * test.
 */
@FunctionalInterface
public interface FaultPlan {

  /** What to do with one sent frame. */
  FaultAction onFrame(Frame frame);

  /** What to do with a connect attempt; proceeds by default. */
  default ConnectAction onConnect(ConnectAttempt attempt) {
    return ConnectAction.PROCEED;
  }

  /**
   * Whether the peer silently ignores this ping, like a dead peer that keeps its socket open; by
   * default every ping is answered.
   */
  default boolean swallowsPong(PingFrame ping) {
    return false;
  }

  /** A plan without faults: every frame delivered, every connect and ping answered. */
  static FaultPlan none() {
    return frame -> FaultAction.deliver();
  }
}
