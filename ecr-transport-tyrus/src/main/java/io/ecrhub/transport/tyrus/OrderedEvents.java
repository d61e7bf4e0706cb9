package io.ecrhub.transport.tyrus;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the events of one connection to its listener one at a time, in order, with {@code
 * onClose} exactly once and nothing after it, and reports listener exceptions to {@code onError}.
 *
 * <p>Why it is needed: Tyrus delivers frames on its I/O thread, but a local close runs {@code
 * Endpoint.onClose} synchronously on whatever thread called {@code close()} — possibly while a
 * frame is being delivered, or from inside the listener's own {@code onText}. Tyrus also calls
 * {@code onClose} twice on some paths.
 *
 * <p>How: whoever finds the connection idle delivers on its own thread (no thread hop, and no
 * allocation for a frame on the common path); an event that arrives while another is being
 * delivered — on another thread, or re-entrantly on the same one — is queued and delivered by the
 * thread that is busy, right after the current callback returns. No lock is held while a listener
 * runs, so a listener cannot deadlock against a thread that closes the connection.
 */
final class OrderedEvents {

  private static final System.Logger LOG = System.getLogger(OrderedEvents.class.getName());

  private final Connection connection;
  private final ConnectionListener listener;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final Queue<Runnable> backlog = new ConcurrentLinkedQueue<>();

  /** Read and written only by the thread that holds {@link #busy}. */
  private boolean closed;

  OrderedEvents(Connection connection, ConnectionListener listener) {
    this.connection = connection;
    this.listener = listener;
  }

  void open() {
    submit(this::invokeOpen);
  }

  /** The hot path: delivered on the calling (Tyrus) thread without allocating when idle. */
  void text(String text) {
    if (busy.compareAndSet(false, true)) {
      try {
        runBacklog();
        invokeText(text);
      } finally {
        release();
      }
    } else {
      submit(() -> invokeText(text));
    }
  }

  void pong() {
    submit(this::invokePong);
  }

  void error(Throwable error) {
    submit(() -> invokeError(error));
  }

  void close(int code, String reason) {
    submit(() -> invokeClose(code, reason));
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
   * Runs queued events unless another thread is already delivering; re-checks after releasing so
   * that an event queued during the release is not stranded.
   */
  private void drainIfIdle() {
    while (!backlog.isEmpty() && busy.compareAndSet(false, true)) {
      try {
        runBacklog();
      } finally {
        busy.set(false);
      }
    }
  }

  private void runBacklog() {
    Runnable event;
    while ((event = backlog.poll()) != null) {
      event.run();
    }
  }

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
}
