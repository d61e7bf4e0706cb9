package io.ecrhub.it.engine;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.transport.loopback.Direction;
import io.ecrhub.transport.loopback.FaultAction;
import io.ecrhub.transport.loopback.FaultPlan;
import io.ecrhub.transport.loopback.Frame;
import io.ecrhub.transport.testkit.ForwardingConnection;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The terminal's side of one real connection, seen through a {@link FaultPlan}: each frame the
 * terminal sends is faulted before it enters the socket. Sends and the close go through one chain,
 * so a delayed frame holds back everything after it and the order of the stream is kept.
 */
final class FaultingConnection extends ForwardingConnection {

  private final FaultPlan plan;
  private final int number;
  private final URI address;
  private long sent;
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

  FaultingConnection(Connection wire, FaultPlan plan, int number, URI address) {
    super(wire);
    this.plan = plan;
    this.number = number;
    this.address = address;
  }

  int number() {
    return number;
  }

  URI address() {
    return address;
  }

  /** Decided in sending order; the stage completes when the frame (if any) is on the socket. */
  @Override
  public synchronized CompletionStage<Void> send(String text) {
    Frame frame = new Frame(number, address, Direction.SERVER_TO_CLIENT, sent++, text);
    FaultAction action = plan.onFrame(frame);
    if (action instanceof FaultAction.CorruptSeeded) {
      throw new UnsupportedOperationException(
          action + " is not supported on frames the terminal sends over a socket");
    }
    CompletableFuture<Void> step =
        tail.handle((ignored, earlierFailure) -> null).thenCompose(ignored -> apply(action, text));
    tail = step;
    return step;
  }

  @Override
  public synchronized void close(int code, String reason) {
    tail =
        tail.handle((ignored, earlierFailure) -> null)
            .thenRun(() -> delegate().close(code, reason));
  }

  /** Every action but {@link FaultAction.CorruptSeeded}, refused by {@link #send}. */
  private CompletableFuture<Void> apply(FaultAction action, String text) {
    if (action instanceof FaultAction.Deliver) {
      return sendNow(text);
    }
    if (action instanceof FaultAction.Delay delay) {
      return CompletableFuture.runAsync(
              () -> {},
              CompletableFuture.delayedExecutor(delay.by().toNanos(), TimeUnit.NANOSECONDS))
          .thenCompose(ignored -> sendNow(text));
    }
    if (action instanceof FaultAction.Drop) {
      return CompletableFuture.completedFuture(null);
    }
    if (action instanceof FaultAction.Duplicate) {
      return sendNow(text).thenCompose(ignored -> sendNow(text));
    }
    if (action instanceof FaultAction.Corrupt corrupt) {
      return sendNow(corrupt.replacement());
    }
    if (action instanceof FaultAction.Inject inject) {
      return sendNow(inject.extraFrame()).thenCompose(ignored -> sendNow(text));
    }
    delegate().close(CloseCodes.GOING_AWAY, "fault plan: disconnect instead of a frame");
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> sendNow(String text) {
    return delegate().send(text).toCompletableFuture();
  }
}
