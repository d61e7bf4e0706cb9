package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The server side of the kit's tests: gives every accepted connection a fresh {@link
 * RecordingListener} and keeps them, so that a test can find the server side of each of its
 * clients.
 */
public final class RecordingAcceptor implements ConnectionAcceptor {

  private final Duration patience;
  private final Function<String, RecordingListener> listeners;
  private final List<RecordingListener> accepted = new ArrayList<>();
  private final Set<Connection> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<String> violations = new ArrayList<>();

  /**
   * Makes an acceptor that has accepted nothing yet.
   *
   * @param patience how long each {@code await…} method waits before failing
   * @param listeners makes the listener of each accepted connection from its name ({@code
   *     server-0}, {@code server-1}…)
   */
  public RecordingAcceptor(Duration patience, Function<String, RecordingListener> listeners) {
    this.patience = Objects.requireNonNull(patience, "patience");
    this.listeners = Objects.requireNonNull(listeners, "listeners");
  }

  @Override
  public synchronized ConnectionListener accept(Connection connection) {
    if (!seen.add(connection)) {
      violations.add("the acceptor was called twice for " + connection.id());
    }
    RecordingListener listener = listeners.apply("server-" + accepted.size());
    accepted.add(listener);
    notifyAll();
    return listener;
  }

  /**
   * Waits until {@code count} connections were accepted, and returns their listeners.
   *
   * @param count how many accepted connections to wait for
   * @return the listeners of the first {@code count} connections, in the order they were accepted
   * @throws AssertionError when they are not accepted within the patience, or on interrupt
   */
  public List<RecordingListener> awaitAccepted(int count) {
    await(() -> accepted.size() >= count, count + " accepted connections");
    synchronized (this) {
      return List.copyOf(accepted.subList(0, count));
    }
  }

  /**
   * The server side of the connection on which {@code text} arrived: how a test finds the server
   * side of one of several clients, whatever order the transport accepted them in. Polls every 10
   * ms.
   *
   * @param text the text to look for, compared with {@code equals}
   * @return the first accepted connection's listener that has received {@code text}
   * @throws AssertionError when none has received it within the patience, or on interrupt
   */
  public RecordingListener awaitListenerThatReceived(String text) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      for (RecordingListener listener : accepted()) {
        if (listener.texts().contains(text)) {
          return listener;
        }
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("no accepted connection received '" + text + "': " + accepted());
      }
      pause();
    }
  }

  /**
   * The listeners of the connections accepted so far, without waiting.
   *
   * @return an immutable snapshot, in the order they were accepted
   */
  public synchronized List<RecordingListener> accepted() {
    return List.copyOf(accepted);
  }

  /**
   * Broken promises of the acceptor call and of every accepted connection's events.
   *
   * @return readable descriptions, the acceptor's first; empty when the transport behaved
   */
  public synchronized List<String> violations() {
    List<String> all = new ArrayList<>(violations);
    accepted.forEach(listener -> all.addAll(listener.violations()));
    return all;
  }

  private synchronized void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      while (!condition.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no " + what + " within " + patience + "; so far " + accepted);
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, interrupted);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }
}
