package io.ecrhub.transport.jdk;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the tasks given to it one at a time, in order, on a shared pool: how one connection's events
 * and one line's writes keep their order without a thread each.
 *
 * <p>To be replaced by the SPI's shared transport support ({@code io.ecrhub.protocol.spi.support})
 * once it exists on {@code main}.
 */
final class TaskQueue implements Executor {

  private static final System.Logger LOG = System.getLogger(TaskQueue.class.getName());

  private final Executor pool;
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private boolean draining;

  TaskQueue(Executor pool) {
    this.pool = pool;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      tasks.add(task);
      if (draining) {
        return;
      }
      draining = true;
    }
    try {
      pool.execute(this::drain);
    } catch (RejectedExecutionException stopped) {
      // the transport has stopped its threads: run what is left here, so no stage stays open
      drain();
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
      } catch (RuntimeException | LinkageError | AssertionError unexpected) {
        // listener failures are caught and reported before this; keep the queue alive regardless
        LOG.log(System.Logger.Level.ERROR, "jdk transport task failed", unexpected);
      }
    }
  }
}
