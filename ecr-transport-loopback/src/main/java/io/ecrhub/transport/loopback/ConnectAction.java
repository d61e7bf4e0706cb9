package io.ecrhub.transport.loopback;

/** What the loopback network does with a connect attempt. */
public enum ConnectAction {
  /** Connect normally (which still fails when nothing is bound at the address). */
  PROCEED,
  /** Fail at once with {@link io.ecrhub.protocol.spi.TransportException.Kind#CONNECT_FAILED}. */
  REFUSE,
  /**
   * Never answer: the attempt fails with {@link
   * io.ecrhub.protocol.spi.TransportException.Kind#CONNECT_TIMEOUT} once the caller's connect
   * timeout has passed.
   */
  HANG
}
