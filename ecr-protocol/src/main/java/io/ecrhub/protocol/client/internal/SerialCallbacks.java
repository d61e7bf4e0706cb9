package io.ecrhub.protocol.client.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs callbacks one at a time, in the order they were queued, on whichever thread queues them when
 * none is running — no thread of its own. A callback queued while another runs (on another thread,
 * or from inside it) runs right after it, on the thread that was busy.
 *
 * <p>Queuing is cheap and never runs a callback, so it may happen under a lock: the order of the
 * queue is then the order of the lock. {@link #drain()} runs the callbacks and must be called with
 * no lock held, so that no callback runs under it.
 */
public final class SerialCallbacks {

  private static final Logger LOG = LoggerFactory.getLogger(SerialCallbacks.class);

  private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean busy = new AtomicBoolean();

  /**
   * Queues {@code callback} without running it.
   *
   * @param callback runs at the next {@link #drain()}; not null
   */
  public void enqueue(Runnable callback) {
    queue.add(callback);
  }

  /**
   * Queues {@code callback} and runs what is queued, unless another thread is doing so.
   *
   * @param callback runs now or, when another thread is draining, on that thread soon after
   */
  public void run(Runnable callback) {
    enqueue(callback);
    drain();
  }

  /**
   * Runs the queued callbacks unless another thread is running them. A callback that throws is
   * logged and the next one runs.
   */
  public void drain() {
    while (!queue.isEmpty() && busy.compareAndSet(false, true)) {
      try {
        Runnable next;
        while ((next = queue.poll()) != null) {
          try {
            next.run();
          } catch (RuntimeException failure) {
            LOG.warn("a callback failed; the next ones run all the same", failure);
          }
        }
      } finally {
        busy.set(false);
      }
      // a callback queued between the last poll and the release above is run by the next pass
    }
  }
}
