package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A connected pair of endpoints and the two pipes between them. */
final class LoopbackConnection {

  private final LoopbackNetwork network;
  private final Pipe toServer;
  private final Pipe toClient;
  private final Endpoint client;
  private final Endpoint server;
  private final CompletableFuture<Connection> connected = new CompletableFuture<>();
  private final AtomicInteger openSides = new AtomicInteger(2);

  /**
   * Builds the pair and queues the first event of each side (held until {@link #start()}), so that
   * nothing either side sends can overtake the other side's onOpen.
   */
  LoopbackConnection(
      LoopbackNetwork network,
      int index,
      LoopbackAddress address,
      ConnectionListener clientListener,
      int clientMaxChars,
      ConnectionAcceptor acceptor,
      int serverMaxChars,
      Consumer<Endpoint> clientClosed,
      Consumer<Endpoint> serverClosed) {
    this.network = network;
    this.toServer = new Pipe(network, index, address.uri(), Direction.CLIENT_TO_SERVER);
    this.toClient = new Pipe(network, index, address.uri(), Direction.SERVER_TO_CLIENT);
    String prefix = "loopback-" + index;
    this.client =
        new Endpoint(
            this,
            prefix + "-client",
            address.uri().toString(),
            clientMaxChars,
            toServer,
            clientListener,
            () -> sideClosed(clientClosed, client()));
    this.server =
        new Endpoint(
            this,
            prefix + "-server",
            "loopback:connection-" + index,
            serverMaxChars,
            toClient,
            null,
            () -> sideClosed(serverClosed, server()));
    toServer.deliverTo(server);
    toClient.deliverTo(client);
    server.openAsServer(acceptor);
    client.openAsClient(connected);
  }

  LoopbackNetwork network() {
    return network;
  }

  Endpoint client() {
    return client;
  }

  Endpoint server() {
    return server;
  }

  /** Lets both sides run their events; the stage completes after the client's onOpen. */
  CompletableFuture<Connection> start() {
    server.startEvents();
    client.startEvents();
    return connected;
  }

  /** Breaks the connection: both sides closed with 1006, everything on the wire lost. */
  void abort(String reason) {
    toServer.breakDown();
    toClient.breakDown();
    client.abort(reason);
    server.abort(reason);
  }

  private void sideClosed(Consumer<Endpoint> owner, Endpoint side) {
    owner.accept(side);
    if (openSides.decrementAndGet() == 0) {
      network.forget(this);
    }
  }
}
