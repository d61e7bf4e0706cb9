package io.ecrhub.protocol.spi;

/**
 * Close codes, numbered as WebSocket numbers them (RFC 6455, section 7.4) so that every transport
 * reports the same reasons the same way.
 */
public final class CloseCodes {

  /** The purpose of the connection is fulfilled. */
  public static final int NORMAL = 1000;

  /** The peer is going away: a server shutting down, a client closing. */
  public static final int GOING_AWAY = 1001;

  /** The peer broke the transport's protocol. */
  public static final int PROTOCOL_ERROR = 1002;

  /** The connection ended without a close handshake (a reset, a crash, a dead peer). */
  public static final int ABNORMAL = 1006;

  /** A frame was larger than the receiver accepts. */
  public static final int TOO_BIG = 1009;

  /** The receiver met an unexpected condition. */
  public static final int INTERNAL_ERROR = 1011;

  /** This SDK's own: the peer stopped answering keep-alives. */
  public static final int KEEP_ALIVE_TIMEOUT = 4000;

  private CloseCodes() {}
}
