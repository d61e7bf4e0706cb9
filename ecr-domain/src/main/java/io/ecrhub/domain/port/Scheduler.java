package io.ecrhub.domain.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Time for the payment service: the clock it stamps journal entries with, and the timer its
 * recovery back-off runs on. The domain owns no threads; whoever wires it hands it one of these
 * (tests hand it a manual one and move time by hand).
 */
public interface Scheduler {

  Instant now();

  /** Runs {@code task} once after {@code delay}; the task must not block. */
  Cancellable schedule(Duration delay, Runnable task);

  /** A scheduled task that has not run yet can be cancelled. */
  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}
