package io.ecrhub.transport.testkit.fault;

/** What the fault plan does with a connect attempt made through a decorated client. */
public enum ConnectAction {
  /** Connect normally (which still fails when nothing listens at the address). */
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
