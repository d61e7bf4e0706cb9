package io.ecrhub.domain.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Time for the payment service: the clock it stamps journal entries with, and the timer its
 * recovery back-off runs on. The domain owns no threads; whoever wires it hands it one of these
 * (tests hand it a manual one and move time by hand).
 */
public interface Scheduler {

  /**
   * The current time, for journal timestamps and claim expiries.
   *
   * @return now, by this scheduler's clock
   */
  Instant now();

  /**
   * Runs {@code task} once after {@code delay}; the task must not block.
   *
   * @param delay how long to wait; zero runs the task as soon as possible
   * @param task the work to run, on a thread of the scheduler's choosing
   * @return a handle to cancel the task before it runs
   */
  Cancellable schedule(Duration delay, Runnable task);

  /** A scheduled task that has not run yet can be cancelled. */
  @FunctionalInterface
  interface Cancellable {
    /** Keeps the task from running if it has not started yet; calling it later is harmless. */
    void cancel();
  }
}
