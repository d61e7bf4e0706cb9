package io.ecrhub.app.events;

/** Where a client's connection to its terminal stands. */
public enum ConnectionState {
  /**
   * Not connected and not trying: before {@code connect()}, or after the reconnect policy gave up.
   */
  IDLE,
  /** A connection attempt is under way. */
  CONNECTING,
  /** Connected: requests go out at once. */
  CONNECTED,
  /** The connection failed or was lost; the next attempt follows after a back-off pause. */
  WAITING_TO_RECONNECT,
  /** The client was closed. */
  CLOSED;

  /**
   * Whether requests can go out now; every other state is "terminal offline" for a POS.
   *
   * @return {@code true} only for {@link #CONNECTED}
   */
  public boolean isConnected() {
    return this == CONNECTED;
  }
}
