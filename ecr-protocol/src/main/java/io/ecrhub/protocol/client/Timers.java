package io.ecrhub.protocol.client;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** The timer thread that reply timeouts, keep-alives and back-off pauses run on. */
public final class Timers {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private Timers() {}

  /**
   * One daemon thread. Cancelled tasks are removed at once: every answered request cancels a reply
   * timeout of up to minutes, and thousands of requests a second would otherwise fill the queue
   * with dead timers.
   *
   * @return a new timer, owned by the caller; delayed tasks do not run after it is shut down
   */
  public static ScheduledExecutorService newTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "ecr-timer-" + COUNT.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return timer;
  }
}
