package io.ecrhub.transport.loopback;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the tasks given to it one at a time, in order, on a shared pool: the event queue of one side
 * of one connection, which is how the SPI's "events of one connection never run concurrently" is
 * kept without a thread per connection.
 *
 * <p>It starts held, so that a new connection can queue its first events on both sides before
 * either side runs anything; {@link #release()} lets it run.
 */
final class SerialExecutor implements Executor {

  private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());

  private final Executor pool;
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private boolean held = true;
  private boolean draining;

  SerialExecutor(Executor pool) {
    this.pool = pool;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      tasks.add(task);
      if (held || draining) {
        return;
      }
      draining = true;
    }
    startDraining();
  }

  void release() {
    synchronized (this) {
      held = false;
      if (draining || tasks.isEmpty()) {
        return;
      }
      draining = true;
    }
    startDraining();
  }

  private void startDraining() {
    try {
      pool.execute(this::drain);
    } catch (RejectedExecutionException networkClosed) {
      // The network has stopped its threads: nobody is left to run these events.
      synchronized (this) {
        tasks.clear();
        draining = false;
      }
    }
  }

  private void drain() {
    while (true) {
      Runnable task;
      synchronized (this) {
        task = tasks.poll();
        if (task == null) {
          draining = false;
          return;
        }
      }
      try {
        task.run();
      } catch (Exception | LinkageError | AssertionError unexpected) {
        // Listener failures are caught and reported before this; keep the queue alive regardless.
        LOG.log(System.Logger.Level.ERROR, "loopback event task failed", unexpected);
      }
    }
  }
}
