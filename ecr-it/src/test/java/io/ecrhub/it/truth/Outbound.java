package io.ecrhub.it.truth;

import io.ecrhub.protocol.spi.Connection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The frames the model terminal sends on one connection, in order: a frame held back ("late") holds
 * back every frame behind it, as a slow TCP link would — a terminal does not reorder its own
 * answers.
 */
final class Outbound {

  private record Frame(String text, boolean binary, long notBeforeNanos) {}

  private final Connection connection;
  private final ScheduledExecutorService scheduler;
  private final Deque<Frame> queue = new ArrayDeque<>();
  private long lastNotBeforeNanos;
  private boolean draining;

  Outbound(Connection connection, ScheduledExecutorService scheduler) {
    this.connection = connection;
    this.scheduler = scheduler;
  }

  /**
   * Sends {@code text} no sooner than {@code delayMillis} from now, and after every earlier one.
   */
  synchronized void send(String text, boolean binary, long delayMillis) {
    long notBefore = Math.max(System.nanoTime() + delayMillis * 1_000_000L, lastNotBeforeNanos);
    lastNotBeforeNanos = notBefore;
    queue.add(new Frame(text, binary, notBefore));
    if (!draining) {
      draining = true;
      scheduleDrain(notBefore);
    }
  }

  private void scheduleDrain(long notBeforeNanos) {
    long wait = Math.max(0, notBeforeNanos - System.nanoTime());
    scheduler.schedule(this::drain, wait, TimeUnit.NANOSECONDS);
  }

  private void drain() {
    while (true) {
      Frame next;
      synchronized (this) {
        next = queue.peek();
        if (next == null) {
          draining = false;
          return;
        }
        if (next.notBeforeNanos - System.nanoTime() > 0) {
          scheduleDrain(next.notBeforeNanos);
          return;
        }
        queue.poll();
      }
      if (connection.isOpen()) {
        if (next.binary) {
          connection.sendBinary(next.text.getBytes(StandardCharsets.UTF_8));
        } else {
          connection.send(next.text);
        }
      }
    }
  }
}
