package io.ecrhub.protocol.client;

import io.ecrhub.protocol.spi.Connection;

/** What a {@link TerminalLink} tells its owner. Called on transport threads; must not block. */
interface LinkListener {

  void onConnected(Connection connection);

  void onFrame(Connection connection, String text);

  /** The connection is gone; requests sent on it will not be answered. */
  void onDisconnected(Connection connection, int code, String reason);
}
