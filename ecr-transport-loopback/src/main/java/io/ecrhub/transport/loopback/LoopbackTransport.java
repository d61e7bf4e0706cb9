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
import io.ecrhub.protocol.spi.TransportException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

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
  private final Set<Endpoint> connections = ConcurrentHashMap.newKeySet();
  private final Set<LoopbackBinding> bindings = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

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
   * Connects to the name bound at {@code endpoint}. Fails with {@link
   * TransportException.Kind#CONNECT_FAILED} when nothing is bound there, when the network's fault
   * plan refuses the attempt, or when this transport is closed; with {@link
   * TransportException.Kind#CONNECT_TIMEOUT} after the connect timeout when the plan makes it hang.
   *
   * @throws IllegalArgumentException when {@code endpoint} is not {@code loopback://name:port}
   */
  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    LoopbackAddress address = LoopbackAddress.parse(endpoint);
    if (closed.get()) {
      return CompletableFuture.failedFuture(
          new TransportException(
              TransportException.Kind.CONNECT_FAILED,
              "cannot connect to " + address + ": " + name + " is closed"));
    }
    return network.connect(this, address, options, listener);
  }

  /**
   * Binds {@code options.host()} as a name; port 0 takes the next free number from 49152 on. Fails
   * with {@link TransportException.Kind#BIND_FAILED} when the address is taken, the name cannot be
   * a URI host, or this transport is closed.
   */
  @Override
  public CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(acceptor, "acceptor");
    if (closed.get()) {
      return CompletableFuture.failedFuture(
          new TransportException(
              TransportException.Kind.BIND_FAILED,
              "cannot bind " + options.host() + ": " + name + " is closed"));
    }
    return network.bind(this, options, acceptor);
  }

  /** Closes this host's connections and bindings. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    network.forget(this);
    for (LoopbackBinding binding : List.copyOf(bindings)) {
      binding.close();
    }
    for (Endpoint connection : List.copyOf(connections)) {
      connection.close(CloseCodes.GOING_AWAY, "client transport closed");
    }
  }

  @Override
  public String toString() {
    return "LoopbackTransport[" + name + (closed.get() ? ", closed]" : "]");
  }

  void track(Endpoint connection) {
    connections.add(connection);
    if (closed.get()) {
      // close() ran while this connection was being opened and could not see it.
      connection.close(CloseCodes.GOING_AWAY, "client transport closed");
    }
  }

  void forget(Endpoint connection) {
    connections.remove(connection);
  }

  void track(LoopbackBinding binding) {
    bindings.add(binding);
    if (closed.get()) {
      binding.close();
    }
  }

  void forget(LoopbackBinding binding) {
    bindings.remove(binding);
  }
}
