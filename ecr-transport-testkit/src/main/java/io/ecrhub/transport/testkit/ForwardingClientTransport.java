package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * A {@link ClientTransport} that lets another one do the work and decorates each connection it
 * opens: {@link #decorate} wraps the connection, {@link #intercept} the listener that receives its
 * events.
 *
 * <p>The engine compares connections by identity (a reply, a close and a pending request must name
 * the same one), so each connection is decorated exactly once: the same object is returned by
 * {@link #connect} and handed to every listener callback.
 */
public abstract class ForwardingClientTransport implements ClientTransport {

  private final ClientTransport delegate;

  /**
   * Decorates the connections of {@code delegate}.
   *
   * @param delegate opens the connections; closed by {@link #close()}; not null
   */
  protected ForwardingClientTransport(ClientTransport delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * The decorated form of a connection the wrapped transport opened; by default itself. Called once
   * per connection, when it is first seen (its {@code onOpen} or the completed connect stage,
   * whichever comes first), under a lock of that connection's own.
   *
   * @param connection the wrapped transport's connection
   * @return the connection the caller and its listener see
   */
  protected Connection decorate(Connection connection) {
    return connection;
  }

  /**
   * The listener that receives the events of one connection (already naming the decorated
   * connection) on behalf of the caller's {@code listener}; by default the caller's own. Called
   * once per {@link #connect}.
   *
   * @param listener the listener the caller passed to {@link #connect}
   * @return the listener that receives the events instead
   */
  protected ConnectionListener intercept(ConnectionListener listener) {
    return listener;
  }

  /**
   * The options the wrapped transport connects with; by default the caller's.
   *
   * @param options the options the caller passed to {@link #connect}
   * @return the options to connect with instead
   */
  protected ConnectOptions adjust(ConnectOptions options) {
    return options;
  }

  @Override
  public boolean supports(URI endpoint) {
    return delegate.supports(endpoint);
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    OnceDecorated once = new OnceDecorated(this::decorate);
    ConnectionListener translating = new Translating(intercept(listener), once);
    return delegate.connect(endpoint, adjust(options), translating).thenApply(once);
  }

  /** Closes the wrapped transport. */
  @Override
  public void close() {
    delegate.close();
  }

  /** Decorates the first connection it is given and answers that decoration ever after. */
  private static final class OnceDecorated implements UnaryOperator<Connection> {
    private final UnaryOperator<Connection> decorator;
    private Connection decorated;

    OnceDecorated(UnaryOperator<Connection> decorator) {
      this.decorator = decorator;
    }

    @Override
    public synchronized Connection apply(Connection raw) {
      if (decorated == null) {
        decorated = decorator.apply(raw);
      }
      return decorated;
    }
  }

  /** Replaces the wrapped transport's connection by its decoration in every event. */
  private static final class Translating implements ConnectionListener {
    private final ConnectionListener target;
    private final OnceDecorated connection;

    Translating(ConnectionListener target, OnceDecorated connection) {
      this.target = target;
      this.connection = connection;
    }

    @Override
    public void onOpen(Connection raw) {
      target.onOpen(connection.apply(raw));
    }

    @Override
    public void onText(Connection raw, String text) {
      target.onText(connection.apply(raw), text);
    }

    @Override
    public void onBinary(Connection raw, byte[] data) {
      target.onBinary(connection.apply(raw), data);
    }

    @Override
    public void onPong(Connection raw) {
      target.onPong(connection.apply(raw));
    }

    @Override
    public void onClose(Connection raw, int code, String reason) {
      target.onClose(connection.apply(raw), code, reason);
    }

    @Override
    public void onError(Connection raw, Throwable error) {
      target.onError(connection.apply(raw), error);
    }
  }
}
