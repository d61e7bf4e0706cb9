package io.ecrhub.transport.testkit.fault;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.support.CloseStatus;
import io.ecrhub.protocol.spi.support.TransportFailures;
import io.ecrhub.transport.testkit.ForwardingConnection;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The decorated end of one connection: what it sends meets the fault plan before it enters the
 * wrapped transport. Everything it sends — frames, binary frames, the close — goes through one
 * line, so that a delayed frame holds back what follows it.
 */
final class FaultyConnection extends ForwardingConnection {

  private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

  private final FaultInjection wire;
  private final int number;
  private final URI address;
  private final Direction outbound;
  private long framesSent;
  private long pingsSent;

  /** Completes when everything sent so far has been handed to the wrapped transport. */
  private CompletableFuture<Void> line = IDLE;

  /** Counts disconnects: what was queued before one is lost, not sent. */
  private volatile int generation;

  FaultyConnection(
      Connection delegate, FaultInjection wire, int number, URI address, Direction outbound) {
    super(delegate);
    this.wire = wire;
    this.number = number;
    this.address = address;
    this.outbound = outbound;
  }

  int number() {
    return number;
  }

  URI address() {
    return address;
  }

  @Override
  public synchronized CompletionStage<Void> send(String text) {
    Objects.requireNonNull(text, "text");
    Frame frame = new Frame(number, address, outbound, framesSent++, text);
    FaultAction action = wire.decide(frame);
    if (action instanceof FaultAction.Disconnect) {
      breakOff("instead of " + frame);
      return IDLE;
    }
    long delayNanos = action instanceof FaultAction.Delay delay ? delay.by().toNanos() : 0;
    if (line.isDone() && delayNanos == 0) {
      return perform(frame, action);
    }
    CompletableFuture<Void> sent = new CompletableFuture<>();
    int current = generation;
    enqueue(delayNanos, () -> relay(current == generation ? perform(frame, action) : lost(), sent));
    return sent;
  }

  @Override
  public synchronized CompletionStage<Void> sendBinary(byte[] data) {
    if (line.isDone()) {
      return delegate().sendBinary(data);
    }
    CompletableFuture<Void> sent = new CompletableFuture<>();
    int current = generation;
    enqueue(0, () -> relay(current == generation ? delegate().sendBinary(data) : lost(), sent));
    return sent;
  }

  @Override
  public synchronized void close(int code, String reason) {
    // refused here, to the caller, not later on the line's thread where nobody would see it
    CloseStatus.of(code, reason);
    if (line.isDone()) {
      delegate().close(code, reason);
    } else {
      enqueue(0, () -> delegate().close(code, reason));
    }
  }

  /** A ping the plan swallows is never sent, so that no pong can come back. */
  @Override
  public synchronized CompletionStage<Void> ping() {
    PingFrame ping = new PingFrame(number, outbound, pingsSent++);
    if (wire.plan().swallowsPong(ping)) {
      return IDLE;
    }
    return delegate().ping();
  }

  /** Called with the lock held: {@code step} runs after the line and {@code delayNanos}. */
  private void enqueue(long delayNanos, Runnable step) {
    line =
        line.handle((done, failure) -> null)
            .thenCompose(ignored -> delayNanos == 0 ? IDLE : elapsed(delayNanos))
            .thenRun(step);
  }

  /** Applies the action; runs on the sending thread, or on the delay thread behind the line. */
  private CompletionStage<Void> perform(Frame frame, FaultAction action) {
    String text = frame.text();
    if (action instanceof FaultAction.Drop) {
      return IDLE;
    }
    if (action instanceof FaultAction.Duplicate) {
      // The sender wrote the frame once; the copy is the wire's doing and invisible to it. Were the
      // copy's failure reported (the connection closed between the two), the sender would be told
      // "nothing sent" of a frame that arrived — the payment engine would report a delivered order
      // as not sent.
      CompletionStage<Void> original = hand(frame, text);
      hand(frame, text);
      return original;
    }
    if (action instanceof FaultAction.Corrupt corrupt) {
      return hand(frame, corrupt.replacement());
    }
    if (action instanceof FaultAction.CorruptSeeded corrupt) {
      return hand(frame, TextCorruption.mutate(text, corrupt.seed()));
    }
    if (action instanceof FaultAction.Inject inject) {
      hand(frame, inject.extraFrame());
      return hand(frame, text);
    }
    return hand(frame, text); // Deliver, and a Delay whose time has come
  }

  /**
   * The fault plan's disconnect, at once: what waits behind a delay here is lost, and the
   * connection is closed (a decorator cannot reset a socket).
   */
  synchronized void breakOff(String why) {
    generation++;
    line = IDLE;
    delegate().close(CloseCodes.GOING_AWAY, "fault plan: disconnect " + why);
  }

  private CompletionStage<Void> lost() {
    return CompletableFuture.failedFuture(TransportFailures.notOpen(id()));
  }

  private CompletionStage<Void> hand(Frame origin, String text) {
    wire.observer().onDelivered(origin, text);
    return delegate().send(text);
  }

  static CompletableFuture<Void> elapsed(long delayNanos) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS));
  }

  private static void relay(CompletionStage<Void> from, CompletableFuture<Void> to) {
    from.whenComplete(
        (done, failure) -> {
          if (failure == null) {
            to.complete(null);
          } else {
            to.completeExceptionally(failure);
          }
        });
  }
}
