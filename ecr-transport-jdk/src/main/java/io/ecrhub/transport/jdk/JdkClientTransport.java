package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.support.DaemonThreads;
import io.ecrhub.protocol.spi.support.OpenConnections;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The POS side of a WebSocket connection on the JDK's own {@code java.net.http.WebSocket}: {@code
 * ws://} and {@code wss://}, nothing on the class path beyond the JDK and {@code ecr-protocol}.
 *
 * <p>TLS: the {@link ConnectOptions#sslContext()} if given, else the JDK's default trust store;
 * host names are always verified (the JDK's {@code HttpClient} does it unless its system property
 * {@code jdk.internal.httpclient.disableHostnameVerification} is set, which this class refuses to
 * run with). The frame-size limit and close codes follow the SPI as the Tyrus transport does; see
 * {@link JdkConnection} for how the JDK WebSocket's quirks are handled.
 *
 * <p>Threads: one pool of daemon threads for the JDK client and event delivery, and one timer; the
 * JDK's selector thread (one per {@code HttpClient}, daemon) ends when the client is collected.
 */
public final class JdkClientTransport implements ClientTransport {

  private static final Set<String> SCHEMES = Set.of("ws", "wss");
  private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(2);

  private final Duration closeTimeout;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(DaemonThreads.named("ecr-jdk-ws"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ecr-jdk-ws-timer"));
  private final Map<Optional<SSLContext>, HttpClient> clients = new ConcurrentHashMap<>();
  private final OpenConnections<JdkConnection> connections = new OpenConnections<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** Waits 2 s for the peer to answer a close before cutting the connection. */
  public JdkClientTransport() {
    this(DEFAULT_CLOSE_TIMEOUT);
  }

  /**
   * @param closeTimeout how long a close waits for the peer's answering close
   */
  public JdkClientTransport(Duration closeTimeout) {
    this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    if (Boolean.getBoolean("jdk.internal.httpclient.disableHostnameVerification")) {
      throw new IllegalStateException(
          "jdk.internal.httpclient.disableHostnameVerification is set: this transport verifies"
              + " host names and will not run with it");
    }
  }

  @Override
  public boolean supports(URI endpoint) {
    return endpoint != null
        && endpoint.getScheme() != null
        && SCHEMES.contains(endpoint.getScheme().toLowerCase(Locale.ROOT));
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    if (!supports(endpoint)) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("endpoint: " + endpoint + " is not a ws:// or wss:// URI"));
    }
    JdkConnection connection =
        new JdkConnection(
            "jdk-" + ids.incrementAndGet(),
            endpoint,
            authority(endpoint),
            options.maxFrameChars(),
            closeTimeout,
            timer,
            listener,
            connections::remove);
    HttpClient client;
    try {
      client = clientFor(options.sslContext());
    } catch (NoSuchAlgorithmException noTls) {
      return CompletableFuture.failedFuture(
          TransportFailures.connectFailed(endpoint, noTls, false));
    }
    if (!connections.add(connection)) {
      return CompletableFuture.failedFuture(TransportFailures.transportClosed(endpoint));
    }
    try {
      client
          .newWebSocketBuilder()
          .connectTimeout(options.connectTimeout())
          .buildAsync(endpoint, connection)
          .whenComplete(
              (socket, failure) -> {
                if (failure != null) {
                  connection.connectFailed(connectFailure(endpoint, failure));
                }
              });
    } catch (RejectedExecutionException closedMeanwhile) {
      connection.connectFailed(TransportFailures.transportClosed(endpoint));
    }
    return connection.connecting();
  }

  /**
   * Closes every connection with {@link CloseCodes#GOING_AWAY} (their {@code onClose} runs before
   * this returns, or the close timeout passed) and stops this transport's threads.
   */
  @Override
  public void close() {
    List<JdkConnection> open = connections.closeAll();
    open.forEach(connection -> connection.close(CloseCodes.GOING_AWAY, "client closing"));
    open.forEach(connection -> awaitQuietly(connection.ended()));
    timer.shutdownNow();
    pool.shutdown();
  }

  /**
   * A failed opening handshake, typed: TLS anywhere in the cause chain, a timeout when the JDK
   * reports one ({@link HttpTimeoutException}), else refused.
   */
  private static TransportException connectFailure(URI endpoint, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    boolean timedOut = false;
    for (Throwable link = cause; link != null; link = link.getCause()) {
      timedOut |= link instanceof HttpTimeoutException;
    }
    return TransportFailures.connectFailed(endpoint, cause, timedOut);
  }

  private HttpClient clientFor(Optional<SSLContext> sslContext) throws NoSuchAlgorithmException {
    SSLContext context = sslContext.isPresent() ? sslContext.get() : SSLContext.getDefault();
    return clients.computeIfAbsent(
        sslContext, key -> HttpClient.newBuilder().executor(pool).sslContext(context).build());
  }

  private void awaitQuietly(CompletableFuture<Void> ended) {
    try {
      ended.get(closeTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException gaveUp) {
      // closing goes on; the connection was cut off
    }
  }

  private static String authority(URI endpoint) {
    int port = endpoint.getPort();
    if (port < 0) {
      port = "wss".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    }
    return endpoint.getHost() + ":" + port;
  }

  @Override
  public String toString() {
    return "JdkClientTransport[" + connections.size() + " connections]";
  }
}
