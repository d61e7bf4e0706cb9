package io.ecrhub.app.events;

/**
 * Hears what a client does, as it happens: a POS shows "terminal offline" from {@link
 * #connectionChanged}, the orders recovered at start from {@link #recoveryEnded}, and feeds its
 * monitoring from the rest. Every method does nothing unless overridden.
 *
 * <p>Events of one client are delivered one at a time, in the order they happened, on the thread
 * that caused them (a transport or timer thread, or the caller's) — never two at once. A listener
 * must return quickly and must not block, nor call a blocking method of the client; a listener that
 * throws is logged and the others (and the client) go on.
 */
public interface EcrClientListener {

  /**
   * The connection to the terminal changed state.
   *
   * @param change the state before and after
   */
  default void connectionChanged(ConnectionChange change) {}

  /**
   * A valid order was handed to the payment engine, which journals it and sends it.
   *
   * @param submitted the order handed over
   */
  default void orderSubmitted(OrderSubmitted submitted) {}

  /**
   * The outcome of an order is decided: submitted now, recovered or reconciled.
   *
   * @param decided the outcome and which work decided it
   */
  default void outcomeDecided(OutcomeDecided decided) {}

  /**
   * A recovery of the journal's unfinished orders began; the orders it works on.
   *
   * @param started why it runs and the orders it claimed; may be empty
   */
  default void recoveryStarted(RecoveryStarted started) {}

  /**
   * A recovery ended: the outcomes it recovered, or why it failed.
   *
   * @param ended every outcome, or the failure
   */
  default void recoveryEnded(RecoveryEnded ended) {}

  /**
   * A request to the terminal ({@code pay.order}, {@code pay.query}, {@code pay.close}) ended.
   *
   * @param roundTrip the request, how it ended and how long it took
   */
  default void roundTrip(RoundTrip roundTrip) {}

  /**
   * The terminal sent a frame that could not be read; the connection goes on.
   *
   * @param frame what was received and why it could not be read
   */
  default void undecodableFrame(UndecodableFrame frame) {}
}
