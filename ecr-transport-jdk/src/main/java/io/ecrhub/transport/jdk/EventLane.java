package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Delivers one connection's events to its listener, one at a time and in order, with the SPI's
 * exception policy: a listener that throws gets the throwable at {@code onError} and the connection
 * goes on; after {@code onClose} nothing is delivered.
 *
 * <p>To be replaced by the SPI's shared transport support ({@code io.ecrhub.protocol.spi.support})
 * once it exists on {@code main}.
 */
final class EventLane {

  private static final System.Logger LOG = System.getLogger(EventLane.class.getName());

  private final TaskQueue queue;
  private final Connection connection;
  private final Supplier<ConnectionListener> listenerSource;
  private ConnectionListener listener;
  private boolean closeQueued;

  /**
   * @param listenerSource called once, on the lane, before the first event: an acceptor's {@code
   *     accept} runs there, never under the transport's locks
   */
  EventLane(Executor pool, Connection connection, Supplier<ConnectionListener> listenerSource) {
    this.queue = new TaskQueue(pool);
    this.connection = connection;
    this.listenerSource = listenerSource;
  }

  synchronized void open() {
    deliver(listener -> listener.onOpen(connection));
  }

  synchronized void text(String text) {
    deliver(listener -> listener.onText(connection, text));
  }

  synchronized void pong() {
    deliver(listener -> listener.onPong(connection));
  }

  synchronized void error(Throwable error) {
    deliver(listener -> listener.onError(connection, error));
  }

  /** Queues {@code onClose}; any later event is dropped. */
  synchronized void close(int code, String reason) {
    deliver(listener -> listener.onClose(connection, code, reason));
    closeQueued = true;
  }

  /** Runs {@code task} in the lane's order, after the events queued before it, even after close. */
  void run(Runnable task) {
    queue.execute(task);
  }

  private interface Event {
    void deliverTo(ConnectionListener listener);
  }

  private void deliver(Event event) {
    if (closeQueued) {
      return;
    }
    queue.execute(
        () -> {
          ConnectionListener target = listener();
          try {
            event.deliverTo(target);
          } catch (RuntimeException | AssertionError failure) {
            reportListenerFailure(target, failure);
          }
        });
  }

  private ConnectionListener listener() {
    if (listener == null) {
      listener = listenerSource.get();
    }
    return listener;
  }

  private void reportListenerFailure(ConnectionListener target, Throwable failure) {
    try {
      target.onError(connection, failure);
    } catch (RuntimeException | AssertionError alsoFailed) {
      alsoFailed.addSuppressed(failure);
      LOG.log(System.Logger.Level.WARNING, "listener's onError threw", alsoFailed);
    }
  }
}
