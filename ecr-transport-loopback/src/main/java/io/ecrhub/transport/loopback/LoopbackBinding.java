package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.support.OpenConnections;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A name and port a {@link LoopbackTransport} serves, and the connections it accepted there. */
final class LoopbackBinding implements ServerBinding {

  private static final System.Logger LOG = System.getLogger(LoopbackBinding.class.getName());

  private final LoopbackNetwork network;
  private final LoopbackTransport owner;
  private final LoopbackAddress address;
  private final BindOptions options;
  private final ConnectionAcceptor acceptor;
  private final OpenConnections<LoopbackConnection> accepted = new OpenConnections<>();

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

  /** Opens a connection from {@code client}; completes once the client's onOpen has returned. */
  CompletionStage<Connection> accept(
      LoopbackTransport client, ConnectOptions connectOptions, ConnectionListener listener) {
    int number = network.nextConnectionNumber();
    LoopbackConnection clientSide =
        new LoopbackConnection(
            "loopback-" + number + "-client",
            address.toString(),
            network.eventThreads(),
            connectOptions.maxFrameChars(),
            side -> {
              client.forget(side);
              network.forget(side);
            });
    LoopbackConnection serverSide =
        new LoopbackConnection(
            "loopback-" + number + "-server",
            "loopback:connection-" + number,
            network.eventThreads(),
            options.maxFrameChars(),
            accepted::remove);
    LoopbackConnection.pair(clientSide, serverSide);
    if (!accepted.add(serverSide)) {
      return CompletableFuture.failedFuture(
          TransportFailures.connectRefused(address.uri(), "nothing is bound there"));
    }
    network.track(clientSide);
    client.track(clientSide);
    CompletionStage<Void> clientOpen = clientSide.open(listener);
    ConnectionListener serverListener = serverListener(serverSide);
    if (serverListener != null) {
      serverSide.open(serverListener);
    }
    return clientOpen.thenApply(opened -> clientSide);
  }

  private ConnectionListener serverListener(LoopbackConnection serverSide) {
    ConnectionListener listener;
    try {
      listener = acceptor.accept(serverSide);
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "the acceptor failed on " + serverSide.id(), failure);
      serverSide.close(CloseCodes.INTERNAL_ERROR, "the server could not accept: " + failure);
      return null;
    }
    if (listener == null) {
      serverSide.close(CloseCodes.INTERNAL_ERROR, "the server's acceptor gave no listener");
    }
    return listener;
  }

  /** Stops accepting and closes every accepted connection with 1001. Idempotent. */
  @Override
  public void close() {
    if (accepted.isClosed()) {
      return;
    }
    network.unbind(this);
    owner.forget(this);
    accepted.closeAll().forEach(side -> side.close(CloseCodes.GOING_AWAY, "server closed"));
  }

  @Override
  public String toString() {
    return "LoopbackBinding[" + address + "]";
  }
}
