package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.client.KeepAlive;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.MalformedFrameException;
import io.ecrhub.protocol.spi.TransportException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one connection to one terminal: connects, notices when it dies (transport close or
 * keep-alive silence), and reconnects with the {@link io.ecrhub.protocol.client.ReconnectPolicy}.
 * Requests wait for the connection through {@link #awaitConnection(Duration)}; a request that finds
 * the link waiting out a back-off pause triggers an attempt at once, so that a cashier does not
 * wait for a timer.
 *
 * <p>All state changes happen under one lock; callbacks to the {@link LinkListener} are made
 * outside it. Its state changes ({@link LinkListener#onStateChanged}) are queued under the lock and
 * delivered after it, one at a time and in the order they happened.
 */
public final class TerminalLink implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TerminalLink.class);

  /** Where the link stands. */
  public enum State {
    /**
     * Not connected and not trying: before the first request, or after the reconnect policy gave
     * up; the next {@link TerminalLink#awaitConnection(Duration)} (a request, a connect) starts an
     * attempt.
     */
    IDLE,
    /** A connection attempt is under way. */
    CONNECTING,
    /** A connection is open; it may already be dead while the transport has not noticed. */
    CONNECTED,
    /** Pausing between attempts; a request waiting for the connection cuts the pause short. */
    WAITING_TO_RECONNECT,
    /** Closed for good by {@link TerminalLink#close()}. */
    CLOSED
  }

  private final URI endpoint;

  /** The endpoint as logs and messages show it: without a password. */
  private final String shown;

  private final ClientTransport transport;
  private final LinkOptions options;
  private final ScheduledExecutorService timer;
  private final LinkListener listener;
  private final Supplier<String> heartbeatFrame;

  private final Object lock = new Object();
  private final SerialCallbacks transitions = new SerialCallbacks();
  private State state = State.IDLE;
  private boolean everConnected;
  private Connection current;
  private int failedAttempts;
  private Throwable lastFailure;
  private final List<CompletableFuture<Connection>> waiters = new ArrayList<>();

  /** Guarded by lock. */
  private final OutageLog outage;

  private ScheduledFuture<?> reconnectTimer;
  private ScheduledFuture<?> keepAliveTimer;
  private volatile long lastInboundNanos = System.nanoTime();

  TerminalLink(
      URI endpoint,
      ClientTransport transport,
      LinkOptions options,
      ScheduledExecutorService timer,
      LinkListener listener,
      Supplier<String> heartbeatFrame) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.shown = TerminalUris.redacted(endpoint);
    this.outage = new OutageLog(shown, System::nanoTime);
    this.transport = Objects.requireNonNull(transport, "transport");
    this.options = Objects.requireNonNull(options, "options");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.heartbeatFrame = Objects.requireNonNull(heartbeatFrame, "heartbeatFrame");
  }

  /**
   * The terminal this link connects to, as given; may carry a password.
   *
   * @return the endpoint given at construction
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Where the link stands right now.
   *
   * @return the current state, read under the link's lock
   */
  public State state() {
    synchronized (lock) {
      return state;
    }
  }

  /**
   * Starts connecting (if not already) and waits up to the connect timeout for the connection.
   *
   * @return as {@link #awaitConnection(Duration)} with the connect timeout of the {@link
   *     LinkOptions}
   */
  public CompletionStage<Connection> start() {
    return awaitConnection(options.connect().connectTimeout());
  }

  /**
   * The open connection, at once if there is one, else as soon as one opens. Fails with {@link
   * TransportException} ({@link TransportException.Kind#CONNECT_TIMEOUT}) when none opens within
   * {@code max}, or ({@link TransportException.Kind#NOT_OPEN}) when the link is or gets closed.
   * When the link is idle or pausing between attempts, an attempt starts at once.
   *
   * @param max how long to wait for a connection
   * @return the open connection; a failure carries the last connect failure as its cause, if any
   */
  public CompletionStage<Connection> awaitConnection(Duration max) {
    CompletableFuture<Connection> waiter = new CompletableFuture<>();
    boolean connectNow = false;
    synchronized (lock) {
      if (state == State.CLOSED) {
        return CompletableFuture.failedFuture(
            new TransportException(
                TransportException.Kind.NOT_OPEN, "the link to " + shown + " is closed"));
      }
      if (state == State.CONNECTED && current != null && current.isOpen()) {
        return CompletableFuture.completedFuture(current);
      }
      waiters.add(waiter);
      if (state == State.IDLE || state == State.WAITING_TO_RECONNECT) {
        cancel(reconnectTimer);
        moveTo(State.CONNECTING, "connecting to " + shown);
        connectNow = true;
      }
    }
    transitions.drain();
    ScheduledFuture<?> deadline;
    try {
      deadline = timer.schedule(() -> giveUp(waiter, max), max.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException timerShutDown) {
      // the owner is shutting down: without a timer nothing could bound the wait, so the caller
      // gets the failure of a closed link rather than an exception (or a wait that never ends)
      withdraw(waiter, connectNow);
      return waiter;
    }
    waiter.whenComplete((connection, failure) -> deadline.cancel(false));
    if (connectNow) {
      connect();
    }
    return waiter;
  }

  /** Closes the connection and stops reconnecting. Idempotent. */
  @Override
  public void close() {
    Connection closing;
    List<CompletableFuture<Connection>> abandoned;
    synchronized (lock) {
      if (state == State.CLOSED) {
        return;
      }
      moveTo(State.CLOSED, "closed by the client");
      cancel(reconnectTimer);
      cancel(keepAliveTimer);
      closing = current;
      current = null;
      abandoned = new ArrayList<>(waiters);
      waiters.clear();
    }
    transitions.drain();
    TransportException closed =
        new TransportException(
            TransportException.Kind.NOT_OPEN, "the link to " + shown + " was closed");
    abandoned.forEach(waiter -> waiter.completeExceptionally(closed));
    if (closing != null) {
      closing.close(CloseCodes.GOING_AWAY, "client closing");
      listener.onDisconnected(closing, CloseCodes.GOING_AWAY, "client closing");
    }
  }

  private void connect() {
    LOG.debug("connecting to {}", shown);
    CompletionStage<Connection> attempt;
    try {
      attempt = transport.connect(endpoint, options.connect(), new Events());
    } catch (RuntimeException refused) {
      attempt = CompletableFuture.failedFuture(refused);
    }
    attempt.whenComplete(
        (connection, failure) -> {
          if (failure != null || !connection.isOpen()) {
            onAttemptFailed(
                failure != null
                    ? failure
                    : new TransportException(
                        TransportException.Kind.CONNECT_FAILED,
                        "the connection closed during the handshake"));
          } else {
            onConnected(connection);
          }
        });
  }

  private void onConnected(Connection connection) {
    List<CompletableFuture<Connection>> ready;
    Optional<String> backAfterOutage;
    synchronized (lock) {
      if (state == State.CLOSED) {
        connection.close(CloseCodes.GOING_AWAY, "client closing");
        return;
      }
      current = connection;
      boolean reconnected = everConnected;
      everConnected = true;
      failedAttempts = 0;
      lastFailure = null;
      moveTo(State.CONNECTED, "connected (" + connection.id() + ")", reconnected);
      lastInboundNanos = System.nanoTime();
      backAfterOutage = outage.connected();
      ready = new ArrayList<>(waiters);
      waiters.clear();
      options.keepAlive().ifPresent(keepAlive -> startKeepAlive(connection, keepAlive));
    }
    transitions.drain();
    backAfterOutage.ifPresent(LOG::warn);
    LOG.info("connected to {} ({})", shown, connection.id());
    listener.onConnected(connection);
    ready.forEach(waiter -> waiter.complete(connection));
  }

  private void onAttemptFailed(Throwable failure) {
    Throwable cause = unwrap(failure);
    String why = TerminalUris.redacted(String.valueOf(cause.getMessage()));
    Optional<String> warning;
    synchronized (lock) {
      lastFailure = cause;
      if (state == State.CLOSED) {
        return;
      }
      failedAttempts++;
      scheduleReconnect("cannot connect: " + why);
      warning = outage.attemptFailed(why);
    }
    transitions.drain();
    // a terminal switched off overnight must not fill the log: the first failure, then once a
    // minute with the count (OutageLog)
    warning.ifPresentOrElse(LOG::warn, () -> LOG.debug("cannot connect to {}: {}", shown, why));
  }

  /** The connection is gone, whoever noticed first; only the first report for it counts. */
  private void onConnectionLost(Connection connection, int code, String reason) {
    synchronized (lock) {
      if (current != connection) {
        return;
      }
      current = null;
      cancel(keepAliveTimer);
      if (state != State.CLOSED) {
        scheduleReconnect("connection lost (" + code + " " + reason + ")");
      }
    }
    transitions.drain();
    LOG.warn("connection to {} lost ({} {})", shown, code, reason);
    listener.onDisconnected(connection, code, reason);
  }

  /** Called under the lock. */
  private void scheduleReconnect(String why) {
    Optional<Duration> delay = options.reconnect().nextDelay(failedAttempts);
    if (delay.isEmpty()) {
      moveTo(
          State.IDLE, why + "; the reconnect policy gave up after " + failedAttempts + " attempts");
      return;
    }
    moveTo(State.WAITING_TO_RECONNECT, why);
    reconnectTimer = timer.schedule(this::reconnect, delay.get().toNanos(), TimeUnit.NANOSECONDS);
  }

  private void reconnect() {
    synchronized (lock) {
      if (state != State.WAITING_TO_RECONNECT) {
        return;
      }
      moveTo(State.CONNECTING, "reconnecting to " + shown);
    }
    transitions.drain();
    connect();
  }

  /** Called under the lock: changes the state and queues the news of it. */
  private void moveTo(State next, String why) {
    moveTo(next, why, false);
  }

  /** Called under the lock. */
  private void moveTo(State next, String why, boolean reconnected) {
    State previous = state;
    state = next;
    if (previous != next) {
      LinkTransition transition =
          new LinkTransition(previous, next, why, failedAttempts, reconnected);
      transitions.enqueue(() -> listener.onStateChanged(transition));
    }
  }

  /**
   * Takes back a waiter that cannot be given a deadline and fails it as a closed link does. The
   * attempt it was to start (none has begun yet) is dropped too, unless another waiter joined it
   * meanwhile: that one is owed the attempt.
   */
  private void withdraw(CompletableFuture<Connection> waiter, boolean startedAttempt) {
    boolean othersWait = false;
    synchronized (lock) {
      waiters.remove(waiter);
      if (startedAttempt && state == State.CONNECTING) {
        othersWait = !waiters.isEmpty();
        if (!othersWait) {
          moveTo(State.IDLE, "no timer left to bound a connection attempt");
        }
      }
    }
    transitions.drain();
    if (othersWait) {
      connect();
    }
    waiter.completeExceptionally(
        new TransportException(
            TransportException.Kind.NOT_OPEN,
            "the link to " + shown + " cannot wait for a connection: its timer is shut down"));
  }

  private void giveUp(CompletableFuture<Connection> waiter, Duration max) {
    Throwable cause;
    synchronized (lock) {
      if (!waiters.remove(waiter)) {
        return;
      }
      cause = lastFailure;
    }
    waiter.completeExceptionally(
        new TransportException(
            TransportException.Kind.CONNECT_TIMEOUT,
            "no connection to "
                + shown
                + " within "
                + max.toMillis()
                + " ms"
                + (cause == null ? "" : ": " + TerminalUris.redacted(cause.getMessage())),
            cause));
  }

  /** Called under the lock. */
  private void startKeepAlive(Connection connection, KeepAlive keepAlive) {
    long period = keepAlive.interval().toNanos();
    keepAliveTimer =
        timer.scheduleAtFixedRate(
            () -> keepAlive(connection, keepAlive), period, period, TimeUnit.NANOSECONDS);
  }

  private void keepAlive(Connection connection, KeepAlive keepAlive) {
    long silentNanos = System.nanoTime() - lastInboundNanos;
    if (silentNanos > keepAlive.timeout().toNanos()) {
      String reason = "no sign of life for " + keepAlive.timeout().toMillis() + " ms";
      connection.close(CloseCodes.KEEP_ALIVE_TIMEOUT, reason);
      onConnectionLost(connection, CloseCodes.KEEP_ALIVE_TIMEOUT, reason);
      return;
    }
    try {
      CompletionStage<Void> sent =
          connection.supportsPing() ? connection.ping() : connection.send(heartbeatFrame.get());
      // debug, not warn: a keep-alive that cannot leave ends in the silence timeout, which warns
      sent.whenComplete(
          (ignored, failure) -> {
            if (failure != null) {
              LOG.debug("keep-alive to {} not sent: {}", shown, unwrap(failure).toString());
            }
          });
    } catch (RuntimeException failure) {
      LOG.debug("keep-alive to {} failed: {}", shown, failure.toString());
    }
  }

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof java.util.concurrent.CompletionException
            || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The events of each connection this link opens. */
  private final class Events implements ConnectionListener {

    @Override
    public void onText(Connection connection, String text) {
      lastInboundNanos = System.nanoTime();
      listener.onFrame(connection, text);
    }

    @Override
    public void onPong(Connection connection) {
      lastInboundNanos = System.nanoTime();
    }

    @Override
    public void onClose(Connection connection, int code, String reason) {
      onConnectionLost(connection, code, reason);
    }

    @Override
    public void onError(Connection connection, Throwable error) {
      if (error instanceof MalformedFrameException malformed) {
        // a frame did arrive, only an unreadable one: the terminal is alive
        lastInboundNanos = System.nanoTime();
        listener.onMalformedFrame(connection, malformed);
        return;
      }
      LOG.debug("transport error on {}: {}", connection.id(), error.toString());
    }
  }
}
