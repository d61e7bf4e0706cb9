package io.ecrhub.app.simulator;

import io.ecrhub.domain.port.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Virtual time for the simulator's delays: nothing runs until a test moves time with {@link
 * #advance(Duration)}; then every task that falls due runs on the test's thread, in due order. A
 * test can therefore look at an order while it is processing without racing a timer.
 */
final class ManualScheduler implements Scheduler {

  private final Object lock = new Object();
  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
  private Instant now;
  private long sequence;

  ManualScheduler(Instant start) {
    this.now = start;
  }

  @Override
  public Instant now() {
    synchronized (lock) {
      return now;
    }
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    synchronized (lock) {
      Task scheduled = new Task(now.plus(delay), sequence++, task);
      queue.add(scheduled);
      return () -> {
        synchronized (lock) {
          queue.remove(scheduled);
        }
      };
    }
  }

  /** Moves time forward by {@code step}, running every task that falls due on the way. */
  void advance(Duration step) {
    Instant target = now().plus(step);
    while (true) {
      Task next;
      synchronized (lock) {
        next = queue.peek();
        if (next == null || next.due().isAfter(target)) {
          now = target;
          return;
        }
        queue.poll();
        now = next.due();
      }
      next.action().run();
    }
  }

  /** Runs every task, however far that moves time. */
  void runUntilIdle() {
    while (true) {
      Instant due;
      synchronized (lock) {
        if (queue.isEmpty()) {
          return;
        }
        due = queue.peek().due();
      }
      advance(Duration.between(now(), due));
    }
  }

  private record Task(Instant due, long sequence, Runnable action) {}
}
