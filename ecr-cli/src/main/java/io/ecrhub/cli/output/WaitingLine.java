package io.ecrhub.cli.output;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "waiting for the terminal… 12 s", redrawn in place once a second while the customer deals with
 * the card — only on a terminal: a script reading stdout gets no carriage returns. The line is
 * erased before the result is printed.
 */
public final class WaitingLine implements AutoCloseable {

  private static final String TEXT = "waiting for the terminal";

  private final PrintStream out;
  private final ScheduledExecutorService ticker;
  private final long startNanos = System.nanoTime();
  private int width;

  private WaitingLine(PrintStream out, ScheduledExecutorService ticker) {
    this.out = out;
    this.ticker = ticker;
  }

  /**
   * Starts drawing when {@code enabled}; otherwise a line that draws nothing.
   *
   * @param out where to draw, normally standard output on an interactive terminal
   * @param enabled whether to draw at all
   * @return the line, redrawn every second on a daemon thread; close it before printing the result
   */
  public static WaitingLine start(PrintStream out, boolean enabled) {
    if (!enabled) {
      return new WaitingLine(out, null);
    }
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "ecr-waiting-line");
              thread.setDaemon(true);
              return thread;
            });
    WaitingLine line = new WaitingLine(out, ticker);
    ticker.scheduleAtFixedRate(line::draw, 0, 1, TimeUnit.SECONDS);
    return line;
  }

  private synchronized void draw() {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    String text = TEXT + ellipsis() + " " + seconds + " s";
    width = Math.max(width, text.length());
    out.print("\r" + text);
    out.flush();
  }

  /** Stops drawing and erases the line. */
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
    synchronized (this) {
      out.print("\r" + " ".repeat(width) + "\r");
      out.flush();
    }
  }

  /** "…" where stdout can encode it, "..." elsewhere (a POSIX locale would print "?"). */
  static String ellipsis() {
    String encoding =
        System.getProperty("sun.stdout.encoding", System.getProperty("file.encoding", "UTF-8"));
    try {
      return Charset.forName(encoding).newEncoder().canEncode('\u2026') ? "\u2026" : "...";
    } catch (RuntimeException unknownCharset) {
      return "...";
    }
  }
}
