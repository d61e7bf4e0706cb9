package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;

/**
 * The POS's listener, with one addition: right after its {@code onOpen} returned, the connect stage
 * completes — the SPI promises that a connect completes only once {@code onOpen} was delivered, and
 * the events run on the transport's pool, not on the thread that saw the handshake confirm.
 */
final class OpenAnnouncingListener implements ConnectionListener {

  private final ConnectionListener listener;
  private final Runnable afterOpen;

  OpenAnnouncingListener(ConnectionListener listener, Runnable afterOpen) {
    this.listener = listener;
    this.afterOpen = afterOpen;
  }

  @Override
  public void onOpen(Connection connection) {
    try {
      listener.onOpen(connection);
    } finally {
      afterOpen.run();
    }
  }

  @Override
  public void onText(Connection connection, String text) {
    listener.onText(connection, text);
  }

  @Override
  public void onBinary(Connection connection, byte[] data) {
    listener.onBinary(connection, data);
  }

  @Override
  public void onPong(Connection connection) {
    listener.onPong(connection);
  }

  @Override
  public void onClose(Connection connection, int code, String reason) {
    listener.onClose(connection, code, reason);
  }

  @Override
  public void onError(Connection connection, Throwable error) {
    listener.onError(connection, error);
  }
}
