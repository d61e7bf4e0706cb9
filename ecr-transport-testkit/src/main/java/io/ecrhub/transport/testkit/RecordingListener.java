package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A listener that records every event of one connection and checks, as they come, the SPI's
 * promises about events: onOpen first, one event at a time, one onClose, nothing after it. Broken
 * promises are kept in {@link #violations()} rather than thrown, because a throw would only reach
 * the transport's {@code onError}.
 *
 * <p>It can answer every frame with the same text ({@link #echoing}) and throw on chosen texts, to
 * test that a failing listener does not break its connection.
 */
public final class RecordingListener implements ConnectionListener {

  /**
   * One {@code onClose}, as delivered.
   *
   * @param code the close code given to {@code onClose}, as in {@code CloseCodes}
   * @param reason the close reason given to {@code onClose}, as delivered (may be empty)
   */
  public record Close(int code, String reason) {}

  private final String name;
  private final Duration patience;
  private final boolean echo;
  private final Set<String> throwOn;
  private final AtomicInteger eventsInFlight = new AtomicInteger();
  private final List<String> texts = new ArrayList<>();
  private final List<Close> closes = new ArrayList<>();
  private final List<Throwable> errors = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private Connection connection;
  private int opens;
  private int pongs;

  private RecordingListener(String name, Duration patience, boolean echo, Set<String> throwOn) {
    this.name = Objects.requireNonNull(name, "name");
    this.patience = Objects.requireNonNull(patience, "patience");
    this.echo = echo;
    this.throwOn = Set.copyOf(throwOn);
  }

  /**
   * A listener that records only.
   *
   * @param name names the listener in failure messages and {@link #violations()}
   * @param patience how long each {@code await…} method waits before failing
   * @return a new listener
   */
  public static RecordingListener recording(String name, Duration patience) {
    return new RecordingListener(name, patience, false, Set.of());
  }

  /**
   * A listener that records and sends every text back on the connection it came from; the echo's
   * send stage is not awaited.
   *
   * @param name names the listener in failure messages and {@link #violations()}
   * @param patience how long each {@code await…} method waits before failing
   * @return a new listener
   */
  public static RecordingListener echoing(String name, Duration patience) {
    return new RecordingListener(name, patience, true, Set.of());
  }

  /**
   * A copy that throws from {@code onText} when given one of {@code texts} (after recording it, and
   * instead of echoing it).
   *
   * @param texts the texts to throw on; replaces any set given to this listener before
   * @return a new listener with this one's name, patience and echoing; this one is unchanged
   */
  public RecordingListener throwingOn(String... texts) {
    return new RecordingListener(name, patience, echo, Set.of(texts));
  }

  /**
   * The message of the {@link IllegalStateException} a listener throws on purpose.
   *
   * @param text the text that triggered the throw
   * @return the message, to compare with what reached {@code onError}
   */
  public static String thrownOnPurpose(String text) {
    return "thrown on purpose by the contract kit on '" + text + "'";
  }

  @Override
  public void onOpen(Connection opened) {
    enter("onOpen", true);
    try {
      synchronized (this) {
        connection = opened;
        opens++;
        if (opens > 1) {
          violations.add(name + ": onOpen delivered " + opens + " times");
        }
        notifyAll();
      }
    } finally {
      leave();
    }
  }

  @Override
  public void onText(Connection from, String text) {
    enter("onText", false);
    try {
      synchronized (this) {
        texts.add(text);
        notifyAll();
      }
      if (throwOn.contains(text)) {
        throw new IllegalStateException(thrownOnPurpose(text));
      }
      if (echo) {
        from.send(text);
      }
    } finally {
      leave();
    }
  }

  @Override
  public void onPong(Connection from) {
    enter("onPong", false);
    try {
      synchronized (this) {
        pongs++;
        notifyAll();
      }
    } finally {
      leave();
    }
  }

  @Override
  public void onClose(Connection closed, int code, String reason) {
    enter("onClose", false);
    try {
      synchronized (this) {
        closes.add(new Close(code, reason));
        if (closes.size() > 1) {
          violations.add(name + ": onClose delivered " + closes.size() + " times: " + closes);
        }
        notifyAll();
      }
    } finally {
      leave();
    }
  }

  @Override
  public void onError(Connection failed, Throwable error) {
    enter("onError", false);
    try {
      synchronized (this) {
        errors.add(error);
        notifyAll();
      }
    } finally {
      leave();
    }
  }

  /**
   * The name given at creation.
   *
   * @return the name used in failure messages
   */
  public String name() {
    return name;
  }

  /**
   * The connection given to {@code onOpen}.
   *
   * @return that connection; null before {@code onOpen}
   */
  public synchronized Connection connection() {
    return connection;
  }

  /**
   * Whether {@code onOpen} has been delivered; stays true after {@code onClose}.
   *
   * @return true once {@code onOpen} ran
   */
  public synchronized boolean isOpened() {
    return opens > 0;
  }

  /**
   * The texts received so far, without waiting.
   *
   * @return an immutable snapshot, in arrival order
   */
  public synchronized List<String> texts() {
    return List.copyOf(texts);
  }

  /**
   * The {@code onClose} calls so far, without waiting; more than one is a violation.
   *
   * @return an immutable snapshot, in arrival order
   */
  public synchronized List<Close> closes() {
    return List.copyOf(closes);
  }

  /**
   * The errors given to {@code onError} so far, without waiting.
   *
   * @return an immutable snapshot, in arrival order
   */
  public synchronized List<Throwable> errors() {
    return List.copyOf(errors);
  }

  /**
   * The number of {@code onPong} calls so far, without waiting.
   *
   * @return the pong count
   */
  public synchronized int pongs() {
    return pongs;
  }

  /**
   * Broken promises seen so far: a second {@code onOpen} or {@code onClose}, an event before {@code
   * onOpen} or after {@code onClose}, or two events of this connection at once.
   *
   * @return an immutable snapshot of readable descriptions; empty when the transport behaved
   */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /**
   * Waits for {@code onOpen}.
   *
   * @return the connection given to {@code onOpen}
   * @throws AssertionError when it does not come within the patience, or on interrupt
   */
  public Connection awaitOpen() {
    await(() -> opens > 0, "onOpen");
    return connection();
  }

  /**
   * Waits until {@code count} texts have arrived, and returns the first {@code count}.
   *
   * @param count how many texts to wait for
   * @return the first {@code count} texts, in arrival order
   * @throws AssertionError when they do not come within the patience, or on interrupt
   */
  public List<String> awaitTexts(int count) {
    await(() -> texts.size() >= count, count + " texts");
    synchronized (this) {
      return List.copyOf(texts.subList(0, count));
    }
  }

  /**
   * Waits for {@code onClose} and returns the first one.
   *
   * @return the code and reason of the first {@code onClose}
   * @throws AssertionError when it does not come within the patience, or on interrupt
   */
  public Close awaitClose() {
    await(() -> !closes.isEmpty(), "onClose");
    synchronized (this) {
      return closes.get(0);
    }
  }

  /**
   * Waits until {@code count} errors were reported, and returns the first {@code count}.
   *
   * @param count how many {@code onError} calls to wait for
   * @return the first {@code count} errors, in arrival order
   * @throws AssertionError when they do not come within the patience, or on interrupt
   */
  public List<Throwable> awaitErrors(int count) {
    await(() -> errors.size() >= count, count + " onError calls");
    synchronized (this) {
      return List.copyOf(errors.subList(0, count));
    }
  }

  /**
   * Waits until {@code count} pongs have arrived.
   *
   * @param count how many {@code onPong} calls to wait for
   * @throws AssertionError when they do not come within the patience, or on interrupt
   */
  public void awaitPongs(int count) {
    await(() -> pongs >= count, count + " pongs");
  }

  @Override
  public synchronized String toString() {
    return name
        + "[opens="
        + opens
        + ", texts="
        + texts.size()
        + (texts.isEmpty() ? "" : " (last: " + abbreviated(texts.get(texts.size() - 1)) + ")")
        + ", pongs="
        + pongs
        + ", closes="
        + closes
        + ", errors="
        + errors
        + "]";
  }

  private synchronized void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      while (!condition.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              name + ": no " + what + " within " + patience + "; so far " + this);
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(name + ": interrupted while waiting for " + what, interrupted);
    }
  }

  private void enter(String event, boolean isOnOpen) {
    if (eventsInFlight.incrementAndGet() != 1) {
      violation(event + " ran while another event of the same connection was running");
    }
    synchronized (this) {
      if (!closes.isEmpty()) {
        violations.add(name + ": " + event + " delivered after onClose");
      } else if (!isOnOpen && opens == 0) {
        violations.add(name + ": " + event + " delivered before onOpen");
      }
    }
  }

  private void leave() {
    eventsInFlight.decrementAndGet();
  }

  private synchronized void violation(String what) {
    violations.add(name + ": " + what);
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + " chars)";
  }
}
