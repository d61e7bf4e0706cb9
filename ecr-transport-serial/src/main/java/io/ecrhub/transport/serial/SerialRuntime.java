package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.support.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one serial transport: a pool for line readers, writers and event delivery, and one
 * timer thread for resends, heartbeats and deadlines. All daemon threads, so a forgotten transport
 * never keeps a command-line process alive; {@link #close()} stops them.
 */
final class SerialRuntime implements AutoCloseable {

  private final ExecutorService pool;
  private final ScheduledExecutorService timers;

  SerialRuntime(String name) {
    this.pool = Executors.newCachedThreadPool(DaemonThreads.named(name));
    this.timers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name + "-timer"));
  }

  ExecutorService pool() {
    return pool;
  }

  ScheduledFuture<?> every(Duration period, Runnable task) {
    long nanos = period.toNanos();
    return timers.scheduleAtFixedRate(task, nanos, nanos, TimeUnit.NANOSECONDS);
  }

  ScheduledFuture<?> everyFromNow(Duration period, Runnable task) {
    return timers.scheduleAtFixedRate(task, 0, period.toNanos(), TimeUnit.NANOSECONDS);
  }

  ScheduledFuture<?> after(Duration delay, Runnable task) {
    return timers.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    timers.shutdownNow();
    pool.shutdown();
  }

  /**
   * Runs {@code task} on the pool, off the caller's locks (completing a send's stage runs the
   * caller's dependent stages); here, when the pool has stopped.
   */
  void settle(Runnable task) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException stopped) {
      task.run();
    }
  }
}
