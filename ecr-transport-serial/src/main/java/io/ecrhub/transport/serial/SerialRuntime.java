package io.ecrhub.transport.serial;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one serial transport: a pool for line readers, writers and event delivery, and one
 * timer thread for resends, heartbeats and deadlines. All daemon threads, so a forgotten transport
 * never keeps a command-line process alive; {@link #close()} stops them.
 */
final class SerialRuntime implements AutoCloseable {

  private final ExecutorService pool;
  private final ScheduledExecutorService timers;

  SerialRuntime(String name) {
    this.pool = Executors.newCachedThreadPool(daemons(name));
    this.timers = Executors.newSingleThreadScheduledExecutor(daemons(name + "-timer"));
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

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
