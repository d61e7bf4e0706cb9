package io.ecrhub.protocol.client;

import io.ecrhub.domain.port.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The payment service's {@link Scheduler} on a real clock and a scheduled executor. */
public final class ExecutorScheduler implements Scheduler {

  private final ScheduledExecutorService executor;
  private final Clock clock;

  /**
   * A scheduler on {@code executor}, which it does not own and never shuts down.
   *
   * @param executor runs the scheduled tasks; a negative delay runs a task at once
   * @param clock what {@link #now()} reads
   */
  public ExecutorScheduler(ScheduledExecutorService executor, Clock clock) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> future =
        executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }
}
