package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.support.OpenConnections;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One host on a {@link LoopbackNetwork}: it connects to names other hosts bound (the POS side,
 * {@link ClientTransport}) and binds names of its own (the terminal side, {@link ServerTransport}).
 * Get one from {@link LoopbackNetwork#newTransport()}.
 *
 * <p>{@link #close()} closes this host's connections ({@link CloseCodes#GOING_AWAY}) and bindings
 * only: a POS that shuts its transport down leaves the simulated terminal running, so that a test
 * can start a second POS against it. The threads belong to the network.
 */
public final class LoopbackTransport implements ClientTransport, ServerTransport {

  private final LoopbackNetwork network;
  private final String name;
  private final OpenConnections<LoopbackConnection> connections = new OpenConnections<>();
  private final Set<LoopbackBinding> bindings = ConcurrentHashMap.newKeySet();

  LoopbackTransport(LoopbackNetwork network, String name) {
    this.network = network;
    this.name = name;
  }

  /** True for {@code loopback://…} addresses. */
  @Override
  public boolean supports(URI endpoint) {
    return endpoint != null && LoopbackAddress.SCHEME.equalsIgnoreCase(endpoint.getScheme());
  }

  /**
   * @throws IllegalArgumentException when {@code endpoint} is not {@code loopback://name:port}
   */
  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    LoopbackAddress address = LoopbackAddress.parse(endpoint);
    if (connections.isClosed()) {
      return CompletableFuture.failedFuture(TransportFailures.transportClosed(address.uri()));
    }
    return network.connect(this, address, options, listener);
  }

  /** Binds {@code options.host()} as a name; port 0 takes the next free one from 49152 on. */
  @Override
  public CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(acceptor, "acceptor");
    if (connections.isClosed()) {
      return CompletableFuture.failedFuture(
          TransportFailures.bindFailed(options.host(), options.port(), name + " is closed", null));
    }
    return network.bind(this, options, acceptor);
  }

  /** Closes this host's connections and bindings. Idempotent. */
  @Override
  public void close() {
    if (connections.isClosed()) {
      return;
    }
    List<LoopbackConnection> open = connections.closeAll();
    network.forget(this);
    List.copyOf(bindings).forEach(LoopbackBinding::close);
    open.forEach(connection -> connection.close(CloseCodes.GOING_AWAY, "client transport closed"));
  }

  void track(LoopbackConnection connection) {
    if (!connections.add(connection)) {
      // close() ran while this connection was being opened and could not see it.
      connection.close(CloseCodes.GOING_AWAY, "client transport closed");
    }
  }

  void forget(LoopbackConnection connection) {
    connections.remove(connection);
  }

  void track(LoopbackBinding binding) {
    bindings.add(binding);
    if (connections.isClosed()) {
      binding.close();
    }
  }

  void forget(LoopbackBinding binding) {
    bindings.remove(binding);
  }
}
