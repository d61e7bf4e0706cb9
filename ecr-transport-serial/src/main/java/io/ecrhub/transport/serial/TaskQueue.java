package io.ecrhub.transport.serial;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the tasks given to it one at a time, in order, on a shared pool: how one line's writes keep
 * their order without a thread per line.
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
        // a write task reports its own failures; keep the queue alive regardless
        LOG.log(System.Logger.Level.ERROR, "serial transport task failed", unexpected);
      }
    }
  }
}
