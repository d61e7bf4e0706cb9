package io.ecrhub.protocol.spi;

/**
 * Receives the events of one connection, one at a time and in order. Implementations must not block
 * for long: the transport's threads deliver the events.
 */
public interface ConnectionListener {

  /**
   * The connection is open; frames may be sent. Called once, before any other event — on the server
   * side too, for every connection the acceptor accepted.
   */
  default void onOpen(Connection connection) {}

  /** One text frame arrived. */
  void onText(Connection connection, String text);

  /** The peer answered a {@link Connection#ping()}. */
  default void onPong(Connection connection) {}

  /**
   * The connection is closed, by either side or by a failure ({@link CloseCodes#ABNORMAL} when no
   * close frame was exchanged). Called once; nothing follows.
   */
  void onClose(Connection connection, int code, String reason);

  /** Something went wrong that does not by itself close the connection. */
  default void onError(Connection connection, Throwable error) {}
}
