package io.ecrhub.transport.tyrus.internal;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Lets at most a fixed number of connect attempts run inside Tyrus at once; the others wait in
 * arrival order.
 *
 * <p>Why: Tyrus' {@code ClientManager.asyncConnectToServer} parks one thread of an unbounded cached
 * pool per attempt until the TCP connect and the HTTP upgrade are over. A store server opening 2000
 * terminal connections at start-up would otherwise create 2000 threads for a moment.
 */
public final class ConnectGate {

  private final int limit;
  private final Queue<ConnectAttempt> waiting = new ArrayDeque<>();
  private int running;

  /**
   * A gate with {@code limit} slots.
   *
   * @param limit the most attempts begun and not yet finished at once; at least 1
   */
  public ConnectGate(int limit) {
    this.limit = limit;
  }

  /**
   * Starts the attempt now if a slot is free, else queues it. An attempt that does not start gives
   * its slot back at once; one that starts holds it until {@link #leave()}.
   *
   * @param attempt the attempt; begun on the calling thread when a slot is free
   */
  public void enter(ConnectAttempt attempt) {
    synchronized (this) {
      if (running >= limit) {
        waiting.add(attempt);
        return;
      }
      running++;
    }
    if (!attempt.begin()) {
      leave();
    }
  }

  /**
   * Frees the caller's slot, or hands it straight to the next waiting attempt. Attempts that gave
   * up while waiting (timed out, transport closed) are skipped.
   */
  public void leave() {
    while (true) {
      ConnectAttempt next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          running--;
          return;
        }
      }
      if (next.begin()) {
        return;
      }
    }
  }
}
