package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.OpenConnections;
import io.ecrhub.transport.tyrus.internal.BridgeEndpoint;
import io.ecrhub.transport.tyrus.internal.TyrusConnection;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusSession;

/**
 * One listening address: a Grizzly {@link HttpServer} with a single {@link NetworkListener} on
 * exactly the requested host, feeding a {@link BoundServerContainer}. Built the way Tyrus' own
 * {@code GrizzlyServerContainer.start} builds its server, minus the wildcard address.
 */
final class TyrusServerBinding implements ServerBinding {

  private static final System.Logger LOG = System.getLogger(TyrusServerBinding.class.getName());
  private static final String LISTENER_NAME = "ecr-tyrus-server";
  private static final long DRAIN_SECONDS = 2;

  private final BindOptions options;
  private final ConnectionAcceptor acceptor;
  private final AtomicLong connectionIds;
  private final boolean secure;
  private final BoundServerContainer container;
  private final AcceptedSockets sockets = new AcceptedSockets();
  private final HttpServer http = new HttpServer();
  private final NetworkListener listener;
  private final OpenConnections<TyrusConnection> connections = new OpenConnections<>();
  private volatile URI address;

  TyrusServerBinding(
      BindOptions options,
      ConnectionAcceptor acceptor,
      TyrusServerConfig config,
      AtomicLong connectionIds) {
    this.options = options;
    this.acceptor = acceptor;
    this.connectionIds = connectionIds;
    this.secure = config.tls().isPresent();
    this.container = new BoundServerContainer(new FrameLimit(options.maxFrameChars()));
    this.listener = new NetworkListener(LISTENER_NAME, options.host(), options.port());
    http.getServerConfiguration().setName(LISTENER_NAME);
    listener.setTransport(
        TCPNIOTransportBuilder.newInstance()
            .setSelectorRunnersCount(config.selectorThreads())
            .setSelectorThreadPoolConfig(pool("selector", config.selectorThreads()))
            .setWorkerThreadPoolConfig(pool("worker", config.workerThreads()))
            .setIOStrategy(WorkerThreadIOStrategy.getInstance())
            .build());
    // Grizzly's keep-alive idle timeout would close an idle WebSocket after 30 s.
    listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
    config
        .tls()
        .ifPresent(
            context -> {
              listener.setSecure(true);
              listener.setSSLEngineConfig(new SSLEngineConfigurator(context, false, false, false));
            });
    listener.registerAddOn(sockets);
    listener.registerAddOn(new WebSocketAddOn(container, ""));
    http.addListener(listener);
  }

  private static ThreadPoolConfig pool(String role, int threads) {
    return ThreadPoolConfig.defaultConfig()
        .setPoolName(LISTENER_NAME + "-" + role)
        .setCorePoolSize(threads)
        .setMaxPoolSize(threads)
        .setDaemon(true);
  }

  /** Registers the endpoint and starts listening; on failure nothing is left running. */
  void start() throws IOException, DeploymentException {
    BridgeEndpoint endpoint = new BridgeEndpoint(this::accept);
    container.register(
        ServerEndpointConfig.Builder.create(BridgeEndpoint.class, "/")
            .configurator(
                new ServerEndpointConfig.Configurator() {
                  @Override
                  public <T> T getEndpointInstance(Class<T> endpointClass) {
                    return endpointClass.cast(endpoint);
                  }
                })
            .build());
    try {
      http.start();
    } catch (IOException | RuntimeException failure) {
      stopThreads();
      throw failure;
    }
    address = URI.create((secure ? "wss" : "ws") + "://" + hostForUri() + ":" + listener.getPort());
  }

  /** Runs inside Tyrus' {@code Endpoint.onOpen}, on a worker thread. */
  private void accept(Session session) {
    TyrusConnection connection =
        new TyrusConnection(
            "s" + connectionIds.incrementAndGet(),
            ((TyrusSession) session).getRemoteAddr(),
            session,
            options.maxFrameChars(),
            connections::remove);
    if (!connections.add(connection)) {
      connection.close(CloseCodes.GOING_AWAY, "server shutting down");
      return;
    }
    ConnectionListener connectionListener;
    try {
      connectionListener = acceptor.accept(connection);
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "acceptor failed for connection " + connection.id(), failure);
      connection.close(CloseCodes.INTERNAL_ERROR, "connection not accepted");
      return;
    }
    if (connectionListener == null) {
      LOG.log(Level.WARNING, "acceptor returned no listener for connection " + connection.id());
      connection.close(CloseCodes.INTERNAL_ERROR, "connection not accepted");
      return;
    }
    connection.open(connectionListener);
  }

  @Override
  public URI address() {
    return address;
  }

  /**
   * Closes every accepted connection with {@link CloseCodes#GOING_AWAY}, waits (at most {@value
   * #DRAIN_SECONDS} s) until the close frames are out and the sockets closed, then stops the
   * listener and all of its threads.
   */
  @Override
  public void close() {
    if (connections.isClosed()) {
      return;
    }
    connections
        .closeAll()
        .forEach(connection -> connection.close(CloseCodes.GOING_AWAY, "server shutting down"));
    try {
      sockets.closeAll().get(DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException slowPeers) {
      LOG.log(Level.DEBUG, "sockets of " + address + " still open after " + DRAIN_SECONDS + " s");
    }
    stopThreads();
  }

  private void stopThreads() {
    http.shutdownNow();
    container.stop();
  }

  private String hostForUri() {
    String host = options.host();
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  @Override
  public String toString() {
    return "TyrusServerBinding[" + address + ", " + connections.size() + " connections]";
  }
}
