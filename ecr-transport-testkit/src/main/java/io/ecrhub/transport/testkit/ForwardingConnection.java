package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.Connection;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A {@link Connection} that forwards every call to another one: the base of a decorator that
 * changes one behaviour — observes the frames sent, injects a fault, breaks a promise of the SPI on
 * purpose — and leaves the rest alone. Override what changes; {@link #delegate()} is the wrapped
 * connection.
 */
public class ForwardingConnection implements Connection {

  private final Connection delegate;

  /**
   * Wraps {@code delegate}.
   *
   * @param delegate receives every call not overridden; not null
   */
  protected ForwardingConnection(Connection delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * The wrapped connection, for overrides that add to its behaviour.
   *
   * @return the connection given at construction
   */
  protected final Connection delegate() {
    return delegate;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public String remoteAddress() {
    return delegate.remoteAddress();
  }

  @Override
  public boolean isOpen() {
    return delegate.isOpen();
  }

  @Override
  public CompletionStage<Void> send(String text) {
    return delegate.send(text);
  }

  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    return delegate.sendBinary(data);
  }

  @Override
  public void close(int code, String reason) {
    delegate.close(code, reason);
  }

  @Override
  public boolean supportsPing() {
    return delegate.supportsPing();
  }

  @Override
  public CompletionStage<Void> ping() {
    return delegate.ping();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + delegate + "]";
  }
}
