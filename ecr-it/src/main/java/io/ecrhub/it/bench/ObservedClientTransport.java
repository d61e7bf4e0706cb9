package io.ecrhub.it.bench;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A {@link ClientTransport} that shows every frame and close of its connections to a {@link
 * FrameObserver} and otherwise leaves all the work to the transport it wraps. The benchmarks use it
 * to capture the exact frames of a real exchange and to time the moment a connection drops.
 *
 * <p>The engine compares connections by identity (a reply, a close and a pending request must name
 * the same one), so each wrapped connection is one object, handed out both by {@link #connect} and
 * in every listener callback.
 */
final class ObservedClientTransport implements ClientTransport {

  private final ClientTransport delegate;
  private final FrameObserver observer;

  ObservedClientTransport(ClientTransport delegate, FrameObserver observer) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  @Override
  public boolean supports(URI endpoint) {
    return delegate.supports(endpoint);
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    ObservingListener observing = new ObservingListener(listener);
    return delegate.connect(endpoint, options, observing).thenApply(observing::wrap);
  }

  /** Closes the wrapped transport. */
  @Override
  public void close() {
    delegate.close();
  }

  /** The listener of one connection: reports to the observer, then passes on the wrapped one. */
  private final class ObservingListener implements ConnectionListener {
    private final ConnectionListener target;
    private ObservedConnection wrapped;

    ObservingListener(ConnectionListener target) {
      this.target = target;
    }

    synchronized Connection wrap(Connection raw) {
      if (wrapped == null) {
        wrapped = new ObservedConnection(raw);
      }
      return wrapped;
    }

    @Override
    public void onOpen(Connection connection) {
      target.onOpen(wrap(connection));
    }

    @Override
    public void onText(Connection connection, String text) {
      observer.received(text);
      target.onText(wrap(connection), text);
    }

    @Override
    public void onPong(Connection connection) {
      target.onPong(wrap(connection));
    }

    @Override
    public void onClose(Connection connection, int code, String reason) {
      observer.closed(code, reason, System.nanoTime());
      target.onClose(wrap(connection), code, reason);
    }

    @Override
    public void onError(Connection connection, Throwable error) {
      target.onError(wrap(connection), error);
    }
  }

  /** The connection as the engine sees it: sends are shown to the observer first. */
  private final class ObservedConnection implements Connection {
    private final Connection raw;

    ObservedConnection(Connection raw) {
      this.raw = raw;
    }

    @Override
    public String id() {
      return raw.id();
    }

    @Override
    public String remoteAddress() {
      return raw.remoteAddress();
    }

    @Override
    public boolean isOpen() {
      return raw.isOpen();
    }

    @Override
    public CompletionStage<Void> send(String text) {
      observer.sent(text);
      return raw.send(text);
    }

    @Override
    public void close(int code, String reason) {
      raw.close(code, reason);
    }

    @Override
    public boolean supportsPing() {
      return raw.supportsPing();
    }

    @Override
    public CompletionStage<Void> ping() {
      return raw.ping();
    }
  }
}
