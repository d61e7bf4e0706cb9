package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.support.TransportFailures;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The terminal side over WebSocket: Tyrus' server engine on a Grizzly listener bound to exactly the
 * host of the {@link BindOptions} — never the wildcard unless {@code 0.0.0.0} is asked for.
 *
 * <p>Tyrus behaviour worked around here, and why (keep it when changing this code):
 *
 * <ul>
 *   <li><b>Tyrus' {@code Server} is not used.</b> Its Grizzly container binds {@code 0.0.0.0}
 *       whatever host it is given, and {@code Server} replaces port 0 with 8025. Each binding
 *       builds its own {@code HttpServer} + {@code NetworkListener(name, host, port)} + Tyrus'
 *       public {@code WebSocketAddOn} around a {@link BoundServerContainer}; port 0 then gets an
 *       ephemeral port, read back into {@link ServerBinding#address()}.
 *   <li><b>Thread pools are set explicitly</b> ({@link TyrusServerConfig}): Grizzly sizes its
 *       selector pool by the core count and silently raises a smaller configured pool.
 *   <li><b>Keep-alive idle timeout off</b>, as Tyrus' own container does: Grizzly would otherwise
 *       close a WebSocket that carried no frame for 30 s.
 *   <li><b>Frame size</b> is enforced before Tyrus buffers a frame ({@link FrameGuardingEngine}),
 *       so an oversized frame closes only its own connection, with 1009.
 *   <li><b>Session idle timeout -1</b> instead of Tyrus' 0, which schedules a task per frame.
 *   <li><b>Closing a binding waits for the close frames</b> ({@link AcceptedSockets}) before
 *       Grizzly's {@code shutdownNow()}, which would drop them.
 * </ul>
 *
 * <p>A transport can make any number of bindings; each has its own threads, stopped by {@link
 * ServerBinding#close()}. Connection ids are unique across the transport's bindings.
 */
public final class TyrusServerTransport implements ServerTransport {

  private final TyrusServerConfig config;
  private final AtomicLong connectionIds = new AtomicLong();

  /** Plain {@code ws://} with {@link TyrusServerConfig#defaults()}. */
  public TyrusServerTransport() {
    this(TyrusServerConfig.defaults());
  }

  /**
   * A transport whose bindings use {@code config}; threads start with each {@link #bind}.
   *
   * @param config threads, and TLS when {@code wss://} is to be served
   */
  public TyrusServerTransport(TyrusServerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Binds synchronously: the returned stage is already complete, failed with {@link
   * TransportException.Kind#BIND_FAILED} when the address cannot be bound.
   */
  @Override
  public CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(acceptor, "acceptor");
    TyrusServerBinding binding = new TyrusServerBinding(options, acceptor, config, connectionIds);
    try {
      binding.start();
      return CompletableFuture.completedFuture(binding);
    } catch (IOException | DeploymentException | RuntimeException failure) {
      return CompletableFuture.failedFuture(
          TransportFailures.bindFailed(
              options.host(), options.port(), String.valueOf(failure.getMessage()), failure));
    }
  }
}
