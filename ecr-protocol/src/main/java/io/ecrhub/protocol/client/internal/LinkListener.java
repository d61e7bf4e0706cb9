package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.MalformedFrameException;

/** What a {@link TerminalLink} tells its owner. Called on transport threads; must not block. */
interface LinkListener {

  void onConnected(Connection connection);

  void onFrame(Connection connection, String text);

  /** A frame arrived that is not text at all: a binary frame whose bytes are not UTF-8. */
  void onMalformedFrame(Connection connection, MalformedFrameException malformed);

  /** The connection is gone; requests sent on it will not be answered. */
  void onDisconnected(Connection connection, int code, String reason);

  /**
   * The link changed state. Called one at a time, in the order the changes happened, with no lock
   * of the link held.
   */
  default void onStateChanged(LinkTransition transition) {}
}
