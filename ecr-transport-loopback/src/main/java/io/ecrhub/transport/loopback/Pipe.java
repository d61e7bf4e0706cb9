package io.ecrhub.transport.loopback;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * One direction of a loopback connection: the in-order wire between a sender and a receiver.
 *
 * <p>Each item gets a release time; an item is never released before the one ahead of it, so a
 * delayed frame holds back everything behind it, as on a TCP stream. Released items go to the
 * receiver's event queue in order. Fault decisions are taken here, under this pipe's lock, so that
 * they follow the sending order exactly.
 */
final class Pipe {

  /** Longer delays are cut to this; a delay of a day is as good as "never" for any test. */
  private static final long LONGEST_DELAY_NANOS = Duration.ofDays(1).toNanos();

  /** What became of a frame handed to {@link #sendText}. */
  enum SendOutcome {
    SENT,
    NOT_OPEN,
    DISCONNECT
  }

  private record Scheduled(WireItem item, long releaseAt) {}

  private final LoopbackNetwork network;
  private final int connection;
  private final URI address;
  private final Direction direction;
  private final ArrayDeque<Scheduled> queue = new ArrayDeque<>();
  private Endpoint receiver;
  private long nextFrameIndex;
  private long nextPingIndex;
  private long lastReleaseAt;
  private boolean pumpScheduled;
  private boolean closedForSending;

  Pipe(LoopbackNetwork network, int connection, URI address, Direction direction) {
    this.network = network;
    this.connection = connection;
    this.address = address;
    this.direction = direction;
  }

  synchronized void deliverTo(Endpoint endpoint) {
    this.receiver = endpoint;
  }

  synchronized SendOutcome sendText(String text) {
    if (closedForSending) {
      return SendOutcome.NOT_OPEN;
    }
    Frame frame = new Frame(connection, address, direction, nextFrameIndex++, text);
    FaultAction action =
        Objects.requireNonNull(
            network.faults().onFrame(frame), () -> "the fault plan gave no action for " + frame);
    network.observer().onSent(frame, action);
    if (action instanceof FaultAction.Disconnect) {
      breakDownLocked();
      return SendOutcome.DISCONNECT;
    }
    if (action instanceof FaultAction.Deliver) {
      enqueue(new WireItem.Text(frame, text), 0);
    } else if (action instanceof FaultAction.Delay delay) {
      enqueue(new WireItem.Text(frame, text), delayNanos(delay.by()));
    } else if (action instanceof FaultAction.Duplicate) {
      enqueue(new WireItem.Text(frame, text), 0);
      enqueue(new WireItem.Text(frame, text), 0);
    } else if (action instanceof FaultAction.Corrupt corrupt) {
      enqueue(new WireItem.Text(frame, corrupt.replacement()), 0);
    } else if (action instanceof FaultAction.CorruptSeeded corrupt) {
      enqueue(new WireItem.Text(frame, TextCorruption.mutate(text, corrupt.seed())), 0);
    } else if (action instanceof FaultAction.Inject inject) {
      enqueue(new WireItem.Text(frame, inject.extraFrame()), 0);
      enqueue(new WireItem.Text(frame, text), 0);
    }
    // FaultAction.Drop: the frame simply never arrives.
    return SendOutcome.SENT;
  }

  /** Queues a binary frame; false when this direction is closed. */
  synchronized boolean sendBinary(byte[] data) {
    if (closedForSending) {
      return false;
    }
    enqueue(new WireItem.Binary(data.clone()), 0);
    return true;
  }

  /** Queues a ping; null when this direction is closed. */
  synchronized PingFrame sendPing() {
    if (closedForSending) {
      return null;
    }
    PingFrame ping = new PingFrame(connection, direction, nextPingIndex++);
    enqueue(new WireItem.Ping(ping), 0);
    return ping;
  }

  synchronized void sendPong() {
    if (!closedForSending) {
      enqueue(new WireItem.Pong(), 0);
    }
  }

  /** The sender closes: the close travels behind everything it sent before. */
  synchronized void closeForSending(int code, String reason) {
    if (!closedForSending) {
      closedForSending = true;
      enqueue(new WireItem.Close(code, reason), 0);
    }
  }

  /** The sender learnt that the peer closed: nothing more may be sent. */
  synchronized void stopSending() {
    closedForSending = true;
  }

  /** The connection broke: whatever is still on this direction is lost. */
  synchronized void breakDown() {
    breakDownLocked();
  }

  private void breakDownLocked() {
    closedForSending = true;
    queue.clear();
  }

  private void enqueue(WireItem item, long delayNanos) {
    long now = System.nanoTime();
    long releaseAt = now + delayNanos;
    if (!queue.isEmpty() && releaseAt - lastReleaseAt < 0) {
      releaseAt = lastReleaseAt;
    }
    lastReleaseAt = releaseAt;
    queue.add(new Scheduled(item, releaseAt));
    pump(now);
  }

  private void pump(long now) {
    while (!queue.isEmpty()) {
      Scheduled head = queue.peek();
      long wait = head.releaseAt() - now;
      if (wait > 0) {
        if (!pumpScheduled) {
          pumpScheduled = network.schedule(this::pumpWhenDue, wait);
        }
        return;
      }
      queue.poll();
      receiver.receive(head.item());
    }
  }

  private synchronized void pumpWhenDue() {
    pumpScheduled = false;
    pump(System.nanoTime());
  }

  private static long delayNanos(Duration delay) {
    return delay.compareTo(Duration.ofDays(1)) > 0 ? LONGEST_DELAY_NANOS : delay.toNanos();
  }
}
