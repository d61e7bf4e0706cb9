package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.TransportException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A name and port a {@link LoopbackTransport} serves, and the connections it accepted there. */
final class LoopbackBinding implements ServerBinding {

  private final LoopbackNetwork network;
  private final LoopbackTransport owner;
  private final LoopbackAddress address;
  private final BindOptions options;
  private final ConnectionAcceptor acceptor;
  private final Set<Endpoint> accepted = ConcurrentHashMap.newKeySet();
  private boolean closed;

  LoopbackBinding(
      LoopbackNetwork network,
      LoopbackTransport owner,
      LoopbackAddress address,
      BindOptions options,
      ConnectionAcceptor acceptor) {
    this.network = network;
    this.owner = owner;
    this.address = address;
    this.options = options;
    this.acceptor = acceptor;
  }

  @Override
  public URI address() {
    return address.uri();
  }

  LoopbackAddress loopbackAddress() {
    return address;
  }

  /** Opens a connection from {@code client} to this binding. */
  CompletableFuture<Connection> accept(
      LoopbackTransport client, ConnectOptions connectOptions, ConnectionListener listener) {
    LoopbackConnection connection;
    synchronized (this) {
      if (closed) {
        return CompletableFuture.failedFuture(
            new TransportException(
                TransportException.Kind.CONNECT_FAILED, "nothing is bound at " + address));
      }
      connection =
          network.newConnection(
              address,
              listener,
              connectOptions.maxFrameChars(),
              acceptor,
              options.maxFrameChars(),
              client::forget,
              accepted::remove);
      accepted.add(connection.server());
    }
    client.track(connection.client());
    return connection.start();
  }

  /** Stops accepting and closes every accepted connection with 1001. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    network.unbind(this);
    owner.forget(this);
    for (Endpoint connection : List.copyOf(accepted)) {
      connection.close(CloseCodes.GOING_AWAY, "server closed");
    }
  }

  @Override
  public String toString() {
    return "LoopbackBinding[" + address + "]";
  }
}
