package io.ecrhub.protocol.spi.support;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers the events of one connection to its listener the way the SPI promises, so that a
 * transport only reports what happened and never deals with threads, listener failures or frame
 * sizes itself:
 *
 * <ul>
 *   <li><b>One at a time, in order</b>, whatever threads report the events: a close reported on one
 *       thread while a frame is delivered on another waits for that frame.
 *   <li><b>{@code onOpen} first.</b> Events reported before {@link #open} — a frame, or a close
 *       that came while a server's acceptor still ran — wait and follow {@code onOpen}.
 *   <li><b>{@code onClose} once, nothing after it</b>, however often the library reports a close.
 *   <li><b>A listener that throws</b> is told through {@code onError} and its connection goes on;
 *       an {@code onError} or {@code onClose} that throws is logged. Running out of memory or stack
 *       is not a listener bug and propagates.
 *   <li><b>The frame limit</b>: a text frame over it, or a binary frame whose text would be, is not
 *       delivered; the connection is closed with {@link CloseCodes#TOO_BIG} instead.
 * </ul>
 *
 * <p>Two ways to run the listener. {@link #direct} delivers on the thread that reports an event
 * when no other event is being delivered — no thread hop, and no allocation per frame on that path;
 * an event reported meanwhile (on another thread, or re-entrantly from inside the listener) is
 * queued and delivered by the busy thread right after the current callback returns. {@link #on}
 * delivers on an executor, for a transport whose reporting thread must not run listener code (an
 * in-memory transport whose sender would otherwise run the receiver's listener). No lock is held
 * while a listener runs, so a listener cannot deadlock against a thread that closes the connection.
 *
 * <pre>{@code
 * ConnectionEvents events = ConnectionEvents.direct(connection, new FrameLimit(maxFrameChars));
 * events.open(listener);               // when the library says the connection is open
 * events.text(text);                   // each text frame the library reads
 * events.binary(bytes);                // each binary frame
 * events.closed(code, reason);         // the library's close callback, however often it comes
 * }</pre>
 */
public final class ConnectionEvents {

  private static final System.Logger LOG = System.getLogger(ConnectionEvents.class.getName());

  private final Connection connection;
  private final FrameLimit limit;
  private final Executor executor;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final Queue<Runnable> backlog = new ConcurrentLinkedQueue<>();
  private final AtomicReference<ConnectionListener> pendingOpen = new AtomicReference<>();
  private final AtomicBoolean openCalled = new AtomicBoolean();
  private final CompletableFuture<Void> openDelivered = new CompletableFuture<>();
  private volatile boolean opened;

  /**
   * Set from {@link #pendingOpen}; read and written only by the thread that holds {@link #busy}.
   */
  private ConnectionListener listener;

  /** Read and written only by the thread that holds {@link #busy}. */
  private boolean closed;

  private ConnectionEvents(Connection connection, FrameLimit limit, Executor executor) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.limit = Objects.requireNonNull(limit, "limit");
    this.executor = executor;
  }

  /**
   * Events delivered on the reporting thread whenever none is being delivered.
   *
   * @param connection what every event names: the very object the transport handed out
   * @param limit the frame limit of the receiving side
   * @return the events of that one connection
   */
  public static ConnectionEvents direct(Connection connection, FrameLimit limit) {
    return new ConnectionEvents(connection, limit, null);
  }

  /**
   * Events delivered on {@code executor}, one task per burst of events. Once the executor refuses
   * work (it was shut down), events are dropped: nobody is left to receive them.
   *
   * @param executor runs the listener; may be shared by many connections, whose events stay in
   *     order per connection
   * @param connection what every event names: the very object the transport handed out
   * @param limit the frame limit of the receiving side
   * @return the events of that one connection
   */
  public static ConnectionEvents on(Executor executor, Connection connection, FrameLimit limit) {
    return new ConnectionEvents(connection, limit, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Attaches the listener and delivers {@code onOpen}; events reported before wait behind it.
   *
   * @param listener receives every event of the connection from now on
   * @return completes once {@code onOpen} has returned (at once for {@link #direct} when no other
   *     event is being delivered), so that a {@code connect} stage can complete after it, as the
   *     SPI promises; fails when the executor no longer runs events
   * @throws IllegalStateException when called a second time
   */
  public CompletionStage<Void> open(ConnectionListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (!openCalled.compareAndSet(false, true)) {
      throw new IllegalStateException("connection " + connection.id() + " was opened already");
    }
    pendingOpen.set(listener);
    opened = true;
    drainIfIdle();
    return openDelivered.minimalCompletionStage();
  }

  /**
   * One text frame arrived: delivered, or refused with 1009 when over the limit.
   *
   * @param text the whole frame
   */
  public void text(String text) {
    if (!limit.admits(text)) {
      refuseInTurn(limit.refusal(text));
      return;
    }
    if (executor == null && opened && busy.compareAndSet(false, true)) {
      try {
        runPending();
        invokeText(text);
      } finally {
        release();
      }
    } else {
      submit(() -> invokeText(text));
    }
  }

  /**
   * One binary frame arrived: delivered to {@code onBinary}, or refused with 1009. The array is the
   * listener's from then on; the transport must not reuse it.
   *
   * @param data the whole frame's bytes
   */
  public void binary(byte[] data) {
    if (!limit.admits(data)) {
      refuseInTurn(limit.refusal(data));
      return;
    }
    submit(() -> invokeBinary(data));
  }

  /** The peer answered a ping. */
  public void pong() {
    submit(this::invokePong);
  }

  /**
   * Something went wrong that does not by itself close the connection.
   *
   * @param error delivered to {@code onError}; not null
   */
  public void error(Throwable error) {
    Objects.requireNonNull(error, "error");
    submit(() -> invokeError(error));
  }

  /**
   * The connection closed; only the first report reaches the listener.
   *
   * @param code the close code the library reported
   * @param reason the close reason; null becomes empty
   */
  public void closed(int code, String reason) {
    String why = reason == null ? "" : reason;
    submit(() -> invokeClose(code, why));
  }

  /**
   * Closes with 1009 once the frames that came before the oversized one have been delivered:
   * closing at once would overtake them, and a listener that answers a frame (an echo, a terminal's
   * reply) would find its connection already closed.
   */
  private void refuseInTurn(String why) {
    submit(() -> connection.close(CloseCodes.TOO_BIG, why));
  }

  private void submit(Runnable event) {
    backlog.add(event);
    drainIfIdle();
  }

  private void release() {
    busy.set(false);
    drainIfIdle();
  }

  /**
   * Delivers what is queued unless another thread is delivering, or hands that to the executor;
   * checks again after releasing, so that an event queued during the release is not stranded.
   */
  private void drainIfIdle() {
    while (opened && hasWork() && busy.compareAndSet(false, true)) {
      if (executor != null) {
        try {
          executor.execute(this::drainThenRelease);
        } catch (RejectedExecutionException stopped) {
          backlog.clear();
          openDelivered.completeExceptionally(stopped);
          busy.set(false);
        }
        return;
      }
      try {
        runPending();
      } finally {
        busy.set(false);
      }
    }
  }

  private void drainThenRelease() {
    try {
      runPending();
    } finally {
      release();
    }
  }

  private boolean hasWork() {
    return !backlog.isEmpty() || pendingOpen.get() != null;
  }

  /** Called with {@link #busy} held: {@code onOpen} if it is still due, then the backlog. */
  private void runPending() {
    ConnectionListener opening = pendingOpen.getAndSet(null);
    if (opening != null) {
      listener = opening;
      invokeOpen();
      openDelivered.complete(null);
    }
    Runnable event;
    while ((event = backlog.poll()) != null) {
      event.run();
    }
  }

  // One method per callback rather than one taking a lambda: the frame path allocates nothing.

  private void invokeOpen() {
    if (closed) {
      return;
    }
    try {
      listener.onOpen(connection);
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      invokeError(failure);
    }
  }

  private void invokeText(String text) {
    if (closed) {
      return;
    }
    try {
      listener.onText(connection, text);
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      invokeError(failure);
    }
  }

  private void invokeBinary(byte[] data) {
    if (closed) {
      return;
    }
    try {
      listener.onBinary(connection, data);
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      invokeError(failure);
    }
  }

  private void invokePong() {
    if (closed) {
      return;
    }
    try {
      listener.onPong(connection);
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      invokeError(failure);
    }
  }

  private void invokeError(Throwable error) {
    if (closed) {
      return;
    }
    try {
      listener.onError(connection, error);
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      failure.addSuppressed(error);
      LOG.log(Level.WARNING, "onError of connection " + connection.id() + " threw", failure);
    }
  }

  private void invokeClose(int code, String reason) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      listener.onClose(connection, code, reason);
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      LOG.log(Level.WARNING, "onClose of connection " + connection.id() + " threw", failure);
    }
  }

  /** Running out of memory or stack is not a listener bug to report and carry on from. */
  private static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError fatal) {
      throw fatal;
    }
  }

  @Override
  public String toString() {
    return "ConnectionEvents[" + connection.id() + (executor == null ? ", direct]" : ", queued]");
  }
}
