package io.ecrhub.transport.testkit.fault;

/**
 * Decides, frame by frame, what a faulty wire does: the hook of {@link FaultInjection}, which puts
 * it around any transport.
 *
 * <p>The decorated end consults the plan for every text frame it sends (when it is sent) and
 * receives (when it arrives), in the order of each direction, and for every connect attempt and
 * ping it makes. A plan whose answers depend only on what it is given (connection number,
 * direction, index, text) makes a run repeatable: see {@link ScriptedFaults} for exact scripts and
 * {@link RandomFaults} for seeded random faults.
 *
 * <p>A plan is called on the transport's threads, for a sent frame while the sending connection's
 * lock is held, so that decisions follow the order of the frames: answer quickly and do not call
 * back into the transport. An exception thrown by the plan reaches the caller of {@code send} or
 * {@code connect}, or the receiving transport's error handling: it is a bug in the test.
 */
@FunctionalInterface
public interface FaultPlan {

  /**
   * What to do with one text frame, sent or received by the decorated end.
   *
   * @param frame the frame, numbered by connection, direction and index
   * @return the action; never null (a null fails the send or the delivery)
   */
  FaultAction onFrame(Frame frame);

  /**
   * What to do with a connect attempt of a decorated client; proceeds by default.
   *
   * @param attempt the attempt, numbered across the {@link FaultInjection}
   * @return the action; never null
   */
  default ConnectAction onConnect(ConnectAttempt attempt) {
    return ConnectAction.PROCEED;
  }

  /**
   * Whether the peer silently ignores this ping, like a dead peer that keeps its socket open; by
   * default every ping is answered.
   *
   * @param ping the ping the decorated end is about to send
   * @return true to leave it unanswered (the ping is then never sent, and its stage completes at
   *     once)
   */
  default boolean swallowsPong(PingFrame ping) {
    return false;
  }

  /**
   * A plan without faults: every frame delivered, every connect and ping answered.
   *
   * @return a stateless plan, for decorators that only observe
   */
  static FaultPlan none() {
    return frame -> FaultAction.deliver();
  }
}
