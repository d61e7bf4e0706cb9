package io.ecrhub.transport.tyrus.internal;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.TransportFailures;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.glassfish.tyrus.spi.ClientEngine;

/**
 * One {@code connect} call from start to outcome: open, failed, or timed out — exactly one of them,
 * whichever happens first.
 *
 * <p>The deadline is the transport's own timer, not Tyrus' handshake timeout: Tyrus starts that
 * clock only after the TCP connect has finished, and a TCP connect to an unreachable host can take
 * minutes. When the deadline passes, the attempt aborts the socket through the {@link
 * ClientEngine.TimeoutHandler} Tyrus handed to the engine, which also frees Tyrus' connect thread.
 * A session that opens after the deadline is closed at once and never shown to the listener.
 */
public final class ConnectAttempt {

  private enum State {
    PENDING,
    OPEN,
    FAILED
  }

  private final URI endpoint;
  private final FrameLimit limit;
  private final ConnectionListener listener;
  private final Predicate<ConnectAttempt> starter;
  private final Function<Session, TyrusConnection> adopter;
  private final long deadlineNanos;
  private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);
  private final CompletableFuture<Connection> result = new CompletableFuture<>();
  private volatile ScheduledFuture<?> deadline;
  private volatile ClientEngine.TimeoutHandler abortHandle;
  private volatile TyrusConnection connection;

  /**
   * An attempt whose connect timeout starts now; nothing happens until the gate begins it.
   *
   * @param endpoint the {@code ws://} or {@code wss://} address, its scheme in lower case
   * @param connectTimeoutNanos the whole attempt's budget, queueing at the gate included
   * @param limit the frame limit of the connection, enforced from its first frame
   * @param listener receives the connection's events once it is open
   * @param starter hands the attempt to Tyrus; false when it could not even start
   * @param adopter turns the opened session into a registered connection; {@code null} when the
   *     transport has closed meanwhile
   */
  public ConnectAttempt(
      URI endpoint,
      long connectTimeoutNanos,
      FrameLimit limit,
      ConnectionListener listener,
      Predicate<ConnectAttempt> starter,
      Function<Session, TyrusConnection> adopter) {
    this.endpoint = endpoint;
    this.limit = limit;
    this.listener = listener;
    this.starter = starter;
    this.adopter = adopter;
    this.deadlineNanos = System.nanoTime() + connectTimeoutNanos;
  }

  /**
   * The address this attempt connects to.
   *
   * @return the endpoint given at construction
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The outcome: completes once, with the open connection after its {@code onOpen}, or with a
   * {@link TransportException}.
   *
   * @return the attempt's future; callers hand out only a minimal stage of it
   */
  public CompletableFuture<Connection> result() {
    return result;
  }

  boolean isPending() {
    return state.get() == State.PENDING;
  }

  /**
   * How long Tyrus may still take; at least 1 ms so that Tyrus never reads it as "no limit".
   *
   * @return the milliseconds left until the deadline, at least 1
   */
  public long remainingMillis() {
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
  }

  /**
   * Schedules the attempt's timeout; once it passes, a pending attempt fails with {@link
   * TransportException.Kind#CONNECT_TIMEOUT} and its socket is aborted.
   *
   * @param timer the transport's timer
   * @throws java.util.concurrent.RejectedExecutionException when the timer is shut down
   */
  public void armDeadline(ScheduledExecutorService timer) {
    deadline =
        timer.schedule(this::timedOut, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  /** Called with a connect slot; false when the attempt no longer wants it. */
  boolean begin() {
    return isPending() && starter.test(this);
  }

  /** Wraps Tyrus' engine for this attempt's socket; see {@link GuardedJdkClientContainer}. */
  ClientEngine guard(ClientEngine tyrus) {
    return new GuardedClientEngine(
        tyrus, handle -> abortHandle = handle, limit, this::refuseTooBig);
  }

  /**
   * Runs inside Tyrus' {@code Endpoint.onOpen}, on its I/O thread. A session that opens after the
   * attempt ended, or after the transport closed, is closed with 1001.
   *
   * @param session the session Tyrus opened
   */
  public void opened(Session session) {
    if (!state.compareAndSet(State.PENDING, State.OPEN)) {
      abandon(session);
      return;
    }
    cancelDeadline();
    TyrusConnection adopted = adopter.apply(session);
    if (adopted == null) {
      abandon(session);
      result.completeExceptionally(TransportFailures.transportClosed(endpoint));
      return;
    }
    connection = adopted;
    adopted.open(listener);
    result.complete(adopted);
  }

  /**
   * Tyrus gave up: refused, unreachable, TLS, or a failed upgrade. Ignored once the attempt has
   * ended.
   *
   * @param failure what Tyrus reported; classified by {@link TransportFailures#connectFailed}
   */
  public void tyrusFailed(Throwable failure) {
    boolean late = deadlineNanos - System.nanoTime() <= 0;
    fail(TransportFailures.connectFailed(endpoint, failure, late), false);
  }

  /**
   * The transport closed: a pending attempt fails with {@link
   * TransportException.Kind#CONNECT_FAILED} and its socket, if Tyrus has one yet, is aborted.
   */
  public void transportClosed() {
    fail(TransportFailures.transportClosed(endpoint), true);
  }

  private void refuseTooBig(long payloadBytes) {
    TyrusConnection current = connection;
    if (current != null) {
      current.refuseTooBig(payloadBytes);
    }
  }

  private void timedOut() {
    fail(TransportFailures.connectTimedOut(endpoint, null), true);
  }

  private void fail(TransportException failure, boolean abortTyrus) {
    if (!state.compareAndSet(State.PENDING, State.FAILED)) {
      return;
    }
    cancelDeadline();
    ClientEngine.TimeoutHandler abort = abortHandle;
    if (abortTyrus && abort != null) {
      abort.handleTimeout();
    }
    result.completeExceptionally(failure);
  }

  private void cancelDeadline() {
    ScheduledFuture<?> armed = deadline;
    if (armed != null) {
      armed.cancel(false);
    }
  }

  private static void abandon(Session session) {
    try {
      session.close(
          TyrusConnection.closeReason(CloseCodes.GOING_AWAY, "connect attempt abandoned"));
    } catch (IOException | RuntimeException alreadyClosed) {
      // Nothing to undo: the session is gone either way.
    }
  }
}
