package io.ecrhub.transport.tyrus;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.support.DaemonThreads;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.OpenConnections;
import io.ecrhub.protocol.spi.support.TransportFailures;
import io.ecrhub.transport.tyrus.internal.BridgeEndpoint;
import io.ecrhub.transport.tyrus.internal.ConnectAttempt;
import io.ecrhub.transport.tyrus.internal.ConnectGate;
import io.ecrhub.transport.tyrus.internal.FrameSizeGuard;
import io.ecrhub.transport.tyrus.internal.GuardedJdkClientContainer;
import io.ecrhub.transport.tyrus.internal.TyrusConnection;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Session;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.glassfish.tyrus.client.ThreadPoolConfig;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;

/**
 * The POS side over WebSocket ({@code ws://} and {@code wss://}) with the Tyrus JDK client
 * container. One instance holds any number of connections on a fixed number of threads. It only
 * moves frames: each connection delivers its events through the SPI's {@code ConnectionEvents}.
 *
 * <p>How it uses Tyrus, and the Tyrus behaviour each choice works around — keep these when changing
 * this class:
 *
 * <ul>
 *   <li><b>One {@link ClientManager} per transport, created with the JDK container by name</b>: the
 *       no-argument {@code ClientManager.createClient()} picks a Grizzly client container, whose
 *       threads are not shared. The JDK container runs every connection of the JVM on one {@code
 *       AsynchronousChannelGroup}, bounded by {@link TyrusClientConfig#ioThreads()}.
 *   <li><b>Connects go through a gate</b>: {@code asyncConnectToServer} parks a thread of an
 *       unbounded pool per attempt, so only {@link TyrusClientConfig#maxConcurrentConnects()} run.
 *   <li><b>Per-connect settings go through the manager's shared property map, under a lock</b>:
 *       Tyrus copies that map on each connect, and reads the handshake timeout, the SSL engine
 *       configurator and the incoming buffer size only from it (JDK container 2.2.0 ignores the
 *       {@code ClientEndpointConfig}'s SSL context).
 *   <li><b>TLS always uses an explicit {@link SslEngineConfigurator} with host name
 *       verification</b>: without one, Tyrus builds its context from {@code javax.net.ssl.*} system
 *       properties and honours a WebLogic property that turns verification off.
 *   <li><b>The session idle timeout is -1</b>, not Tyrus' 0, which schedules a task per frame.
 *   <li><b>{@link #close()} shuts the manager down</b>, which Tyrus does not do by itself while
 *       connections exist; the JVM-wide socket pool (daemon threads) stops as soon as the last
 *       connection of the JVM closed. Its poller waits in native code, and a JDK 17 {@code
 *       System.exit} waits up to 300 ms for such threads: an idle pool would add that to every
 *       {@code ecr} command. A reconnect after the pool stopped starts a new one in a millisecond.
 * </ul>
 */
public final class TyrusClientTransport implements ClientTransport {

  /**
   * Seconds the JVM-wide socket pool idles after the last connection closed; Tyrus' default is 30.
   * Package-private for the test that pins it.
   */
  static final int SHARED_POOL_IDLE_SECONDS = 0;

  private final ClientManager manager;
  private final Map<String, Object> tyrusProperties;
  private final ConnectGate gate;
  private final ScheduledThreadPoolExecutor timer;
  private final Set<ConnectAttempt> attempts = ConcurrentHashMap.newKeySet();
  private final OpenConnections<TyrusConnection> connections = new OpenConnections<>();
  private final AtomicLong connectionIds = new AtomicLong();

  /** With {@link TyrusClientConfig#defaults()}. */
  public TyrusClientTransport() {
    this(TyrusClientConfig.defaults());
  }

  /**
   * A transport with its own {@link ClientManager} and timer; no thread starts before the first
   * {@link #connect}.
   *
   * @param config the thread budget
   */
  public TyrusClientTransport(TyrusClientConfig config) {
    Objects.requireNonNull(config, "config");
    manager = ClientManager.createClient(GuardedJdkClientContainer.class.getName());
    manager.setDefaultMaxSessionIdleTimeout(TyrusConnection.NO_IDLE_TIMEOUT);
    tyrusProperties = manager.getProperties();
    tyrusProperties.put(
        ClientProperties.WORKER_THREAD_POOL_CONFIG,
        ThreadPoolConfig.defaultConfig()
            .setPoolName("ecr-tyrus-client-io")
            .setCorePoolSize(1)
            .setMaxPoolSize(config.ioThreads())
            .setDaemon(true)
            .setThreadFactory(DaemonThreads.named("ecr-tyrus-client-io")));
    tyrusProperties.put(ClientProperties.SHARED_CONTAINER_IDLE_TIMEOUT, SHARED_POOL_IDLE_SECONDS);
    // The manager's own pool runs the connect attempts; named, so that a thread dump says whose.
    tyrusProperties.put(
        TyrusWebSocketEngine.THREAD_FACTORY, DaemonThreads.named("ecr-tyrus-client-connect"));
    gate = new ConnectGate(config.maxConcurrentConnects());
    timer = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("ecr-tyrus-client-timer"));
    timer.setRemoveOnCancelPolicy(true);
  }

  @Override
  public boolean supports(URI endpoint) {
    if (endpoint == null || endpoint.getScheme() == null || endpoint.getHost() == null) {
      return false;
    }
    String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("ws") || scheme.equals("wss");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when {@code endpoint} is not a {@code ws://} or {@code wss://}
   *     URI with a host
   */
  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    if (!supports(endpoint)) {
      throw new IllegalArgumentException(
          "endpoint must be a ws:// or wss:// URI with a host, got " + endpoint);
    }
    URI target = withLowerCaseScheme(endpoint);
    ConnectAttempt attempt =
        new ConnectAttempt(
            target,
            options.connectTimeout().toNanos(),
            new FrameLimit(options.maxFrameChars()),
            listener,
            started -> start(started, options),
            session -> adopt(session, target, options));
    if (connections.isClosed()) {
      return CompletableFuture.failedFuture(TransportFailures.transportClosed(target));
    }
    attempts.add(attempt);
    attempt.result().whenComplete((connection, failure) -> attempts.remove(attempt));
    if (connections.isClosed()) {
      attempt.transportClosed(); // close() ran meanwhile and may not have seen this attempt
    }
    try {
      attempt.armDeadline(timer);
    } catch (RejectedExecutionException closedMeanwhile) {
      attempt.transportClosed();
    }
    gate.enter(attempt);
    return attempt.result().minimalCompletionStage();
  }

  /** Hands the attempt to Tyrus; runs with a slot of the gate. */
  private boolean start(ConnectAttempt attempt, ConnectOptions options) {
    ClientEndpointConfig config = ClientEndpointConfig.Builder.create().build();
    config.getUserProperties().put(GuardedJdkClientContainer.ATTEMPT_PROPERTY, attempt);
    CompletableFuture<Session> connecting;
    try {
      SslEngineConfigurator tls = tlsFor(attempt.endpoint(), options);
      synchronized (tyrusProperties) {
        tyrusProperties.put(
            ClientProperties.HANDSHAKE_TIMEOUT,
            (int) Math.min(Integer.MAX_VALUE, attempt.remainingMillis()));
        tyrusProperties.put(
            ClientProperties.INCOMING_BUFFER_SIZE,
            FrameSizeGuard.tyrusIncomingBufferBytes(new FrameLimit(options.maxFrameChars())));
        if (tls == null) {
          tyrusProperties.remove(ClientProperties.SSL_ENGINE_CONFIGURATOR);
        } else {
          tyrusProperties.put(ClientProperties.SSL_ENGINE_CONFIGURATOR, tls);
        }
        // Tyrus 2.x returns its TyrusFuture, a CompletableFuture: no thread has to wait on it.
        connecting =
            (CompletableFuture<Session>)
                manager.asyncConnectToServer(
                    new BridgeEndpoint(attempt::opened), config, attempt.endpoint());
      }
    } catch (DeploymentException | NoSuchAlgorithmException | RuntimeException failure) {
      attempt.tyrusFailed(failure);
      return false;
    }
    connecting.whenComplete(
        (session, failure) -> {
          try {
            if (failure != null) {
              attempt.tyrusFailed(failure);
            }
          } finally {
            passSlotOn();
          }
        });
    return true;
  }

  /**
   * Gives the finished attempt's slot to the next one from the timer thread rather than from Tyrus'
   * connect thread: that thread is still busy until this callback returns, so starting the next
   * connect from it would make Tyrus' cached pool create a thread instead of reusing it.
   */
  private void passSlotOn() {
    try {
      timer.execute(gate::leave);
    } catch (RejectedExecutionException closed) {
      gate.leave();
    }
  }

  private static SslEngineConfigurator tlsFor(URI endpoint, ConnectOptions options)
      throws NoSuchAlgorithmException {
    if (!endpoint.getScheme().equals("wss")) {
      return null;
    }
    SSLContext context =
        options.sslContext().isPresent() ? options.sslContext().get() : SSLContext.getDefault();
    return new SslEngineConfigurator(context, true, false, false).setHostVerificationEnabled(true);
  }

  /** Registers the opened session, unless the transport has closed meanwhile. */
  private TyrusConnection adopt(Session session, URI endpoint, ConnectOptions options) {
    TyrusConnection connection =
        new TyrusConnection(
            "c" + connectionIds.incrementAndGet(),
            authority(endpoint),
            session,
            options.maxFrameChars(),
            connections::remove);
    return connections.add(connection) ? connection : null;
  }

  /**
   * Fails pending connects, closes every connection with {@link CloseCodes#GOING_AWAY} (their
   * {@code onClose} runs before this returns), and stops this transport's threads.
   */
  @Override
  public void close() {
    if (connections.isClosed()) {
      return;
    }
    connections
        .closeAll()
        .forEach(connection -> connection.close(CloseCodes.GOING_AWAY, "client closing"));
    attempts.forEach(ConnectAttempt::transportClosed);
    manager.shutdown();
    timer.shutdownNow();
  }

  private static URI withLowerCaseScheme(URI endpoint) {
    String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals(endpoint.getScheme())) {
      return endpoint;
    }
    try {
      return new URI(scheme, endpoint.getSchemeSpecificPart(), endpoint.getFragment());
    } catch (URISyntaxException impossible) {
      throw new IllegalArgumentException(
          "endpoint " + endpoint + " is not a valid URI", impossible);
    }
  }

  private static String authority(URI endpoint) {
    int port = endpoint.getPort();
    if (port < 0) {
      port = endpoint.getScheme().equals("wss") ? 443 : 80;
    }
    return endpoint.getHost() + ":" + port;
  }

  @Override
  public String toString() {
    return "TyrusClientTransport[" + connections.size() + " connections]";
  }
}
