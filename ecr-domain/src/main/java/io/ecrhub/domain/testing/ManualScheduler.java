package io.ecrhub.domain.testing;

import io.ecrhub.domain.port.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} on a virtual clock, for tests: nothing runs until the test moves time with
 * {@link #advance(Duration)}, and then every task that falls due runs on the test's thread, in due
 * order, with the clock set to its due time. It remembers every delay asked for, so that a test can
 * read a back-off.
 *
 * <p>With it, a POS team tests its own code against the real {@code PaymentService} — a reply
 * timeout, five minutes of recovery queries — in milliseconds and without a race.
 */
public final class ManualScheduler implements Scheduler {

  private final Object lock = new Object();
  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
  private final List<Duration> requestedDelays = new ArrayList<>();
  private Instant now;
  private long sequence;

  /**
   * A clock that starts at {@code start} and moves only when told.
   *
   * @param start the virtual clock's first reading
   */
  public ManualScheduler(Instant start) {
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
      requestedDelays.add(delay);
      return () -> {
        synchronized (lock) {
          queue.remove(scheduled);
        }
      };
    }
  }

  /**
   * Moves the clock forward by {@code step}, running every task that falls due on the way.
   *
   * @param step how far to move the clock; tasks it makes due run before this returns, tasks they
   *     schedule within the step too
   */
  public void advance(Duration step) {
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
      next.action().run(); // outside the lock: a task may schedule the next one
    }
  }

  /** Runs tasks until none is left, however far that moves the clock. */
  public void runUntilIdle() {
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

  /**
   * Every delay passed to {@link #schedule}, in order.
   *
   * @return a copy of the delays, cancelled tasks' included
   */
  public List<Duration> requestedDelays() {
    synchronized (lock) {
      return List.copyOf(requestedDelays);
    }
  }

  /**
   * How many tasks wait for their time.
   *
   * @return the number of tasks scheduled and neither run nor cancelled
   */
  public int pendingTasks() {
    synchronized (lock) {
      return queue.size();
    }
  }

  private record Task(Instant due, long sequence, Runnable action) {}
}
