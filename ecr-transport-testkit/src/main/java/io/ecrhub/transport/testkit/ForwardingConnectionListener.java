package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.Objects;

/**
 * A {@link ConnectionListener} that passes every event on to another one: the base of a decorator
 * that watches or alters some events and forwards the rest unchanged.
 */
public class ForwardingConnectionListener implements ConnectionListener {

  private final ConnectionListener delegate;

  /**
   * Forwards to {@code delegate}.
   *
   * @param delegate receives every event not overridden; not null
   */
  protected ForwardingConnectionListener(ConnectionListener delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public void onOpen(Connection connection) {
    delegate.onOpen(connection);
  }

  @Override
  public void onText(Connection connection, String text) {
    delegate.onText(connection, text);
  }

  @Override
  public void onBinary(Connection connection, byte[] data) {
    delegate.onBinary(connection, data);
  }

  @Override
  public void onPong(Connection connection) {
    delegate.onPong(connection);
  }

  @Override
  public void onClose(Connection connection, int code, String reason) {
    delegate.onClose(connection, code, reason);
  }

  @Override
  public void onError(Connection connection, Throwable error) {
    delegate.onError(connection, error);
  }
}
