package io.ecrhub.cli.output;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * "still waiting for the terminal: 40 s, order A1001", one line every interval while a command
 * waits — for a log or a script, where the live {@link WaitingLine} is not drawn, so that a long
 * wait is never silence. Written to stderr: stdout stays the result alone (one JSON object with
 * {@code --json}).
 */
public final class ProgressLines implements AutoCloseable {

  private final ScheduledExecutorService ticker;

  private ProgressLines(ScheduledExecutorService ticker) {
    this.ticker = ticker;
  }

  /**
   * Starts printing when {@code enabled}: after each {@code every}, the line {@code line} makes of
   * the seconds waited so far; otherwise prints nothing.
   *
   * @param err where to print, normally standard error
   * @param enabled whether to print at all
   * @param every the interval between lines, and before the first
   * @param line makes a line from the whole seconds waited; control characters in it are escaped
   * @return the running printer, on a daemon thread of its own; close it when the wait ends
   */
  public static ProgressLines start(
      PrintStream err, boolean enabled, Duration every, LongFunction<String> line) {
    if (!enabled) {
      return new ProgressLines(null);
    }
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "ecr-progress");
              thread.setDaemon(true);
              return thread;
            });
    long startNanos = System.nanoTime();
    long period = every.toNanos();
    ticker.scheduleAtFixedRate(
        () -> {
          long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
          err.println(TerminalText.shown(line.apply(seconds)));
          err.flush();
        },
        period,
        period,
        TimeUnit.NANOSECONDS);
    return new ProgressLines(ticker);
  }

  /** Stops printing; no line comes after this returns. */
  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
