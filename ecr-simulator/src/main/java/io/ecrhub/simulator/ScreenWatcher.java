package io.ecrhub.simulator;

/**
 * Told when what the simulator's screen shows changes. Called on the simulator's and the
 * transport's threads: it must return at once (hand the work to a thread of its own) and must not
 * call back into the simulator from there.
 */
public interface ScreenWatcher {

  /** Something of {@link TerminalScreen#view()} changed: an order, a connection, the mode. */
  void changed();

  /**
   * One more event on the wire.
   *
   * @param event the frame or connection event, as the screen lists it
   */
  void wire(WireEvent event);
}
