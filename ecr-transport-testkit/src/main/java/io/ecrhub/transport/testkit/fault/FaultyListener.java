package io.ecrhub.transport.testkit.fault;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.support.ConnectionEvents;
import io.ecrhub.protocol.spi.support.FrameLimit;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The decorated end's listener: what arrives meets the fault plan as it leaves the wrapped
 * transport, then reaches the caller's listener through {@link ConnectionEvents}, so that the SPI's
 * promises hold for the decorated connection too. Every event waits behind a delayed frame.
 */
final class FaultyListener implements ConnectionListener {

  /** The wrapped transport has checked the real frame limit; corrupted or injected text passes. */
  private static final FrameLimit NO_LIMIT = new FrameLimit(Integer.MAX_VALUE / 3);

  private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

  private final FaultInjection wire;
  private final Direction inbound;
  private final Supplier<URI> address;
  private ConnectionListener target;
  private volatile FaultyConnection connection;
  private volatile ConnectionEvents events;
  private long framesReceived;

  /** Completes when everything received so far has been handed on. */
  private CompletableFuture<Void> line = IDLE;

  /** Counts disconnects: what was queued before one is lost. */
  private volatile int generation;

  /**
   * @param target the caller's listener; null on the server side until the acceptor has given one
   */
  FaultyListener(
      FaultInjection wire, ConnectionListener target, Direction inbound, Supplier<URI> address) {
    this.wire = wire;
    this.target = target;
    this.inbound = inbound;
    this.address = address;
  }

  /** Decorates the wrapped transport's connection; the first call wins. */
  synchronized void attach(Connection raw) {
    if (connection == null) {
      Direction outbound =
          inbound == Direction.CLIENT_TO_SERVER
              ? Direction.SERVER_TO_CLIENT
              : Direction.CLIENT_TO_SERVER;
      connection =
          new FaultyConnection(raw, wire, wire.nextConnectionNumber(), address.get(), outbound);
      events = ConnectionEvents.direct(connection, NO_LIMIT);
    }
  }

  FaultyConnection connection() {
    return connection;
  }

  /** The server's acceptor gave {@code accepted}; none means the connection is refused. */
  ConnectionListener listeningWith(ConnectionListener accepted) {
    if (accepted == null) {
      return null;
    }
    this.target = accepted;
    return this;
  }

  @Override
  public void onOpen(Connection raw) {
    attach(raw);
    events.open(target);
  }

  @Override
  public void onText(Connection raw, String text) {
    Frame frame =
        new Frame(connection.number(), connection.address(), inbound, framesReceived++, text);
    FaultAction action = wire.decide(frame);
    if (action instanceof FaultAction.Disconnect) {
      cutLine();
      connection.breakOff("on " + frame);
      return;
    }
    long delayNanos = action instanceof FaultAction.Delay delay ? delay.by().toNanos() : 0;
    later(delayNanos, () -> handOn(frame, action));
  }

  @Override
  public void onBinary(Connection raw, byte[] data) {
    later(0, () -> events.binary(data));
  }

  @Override
  public void onPong(Connection raw) {
    later(0, () -> events.pong());
  }

  @Override
  public void onClose(Connection raw, int code, String reason) {
    later(0, () -> events.closed(code, reason));
  }

  @Override
  public void onError(Connection raw, Throwable error) {
    later(0, () -> events.error(error));
  }

  private synchronized void later(long delayNanos, Runnable delivery) {
    if (line.isDone() && delayNanos == 0) {
      delivery.run();
      return;
    }
    int current = generation;
    line =
        line.handle((done, failure) -> null)
            .thenCompose(ignored -> delayNanos == 0 ? IDLE : FaultyConnection.elapsed(delayNanos))
            .thenRun(
                () -> {
                  if (current == generation) {
                    delivery.run();
                  }
                });
  }

  /** A disconnect: frames waiting behind a delay are lost; the close that follows is not. */
  private synchronized void cutLine() {
    generation++;
    line = IDLE;
  }

  private void handOn(Frame frame, FaultAction action) {
    String text = frame.text();
    if (action instanceof FaultAction.Drop) {
      return;
    }
    if (action instanceof FaultAction.Duplicate) {
      deliver(frame, text);
      deliver(frame, text);
    } else if (action instanceof FaultAction.Corrupt corrupt) {
      deliver(frame, corrupt.replacement());
    } else if (action instanceof FaultAction.CorruptSeeded corrupt) {
      deliver(frame, TextCorruption.mutate(text, corrupt.seed()));
    } else if (action instanceof FaultAction.Inject inject) {
      deliver(frame, inject.extraFrame());
      deliver(frame, text);
    } else {
      deliver(frame, text); // Deliver, and a Delay whose time has come
    }
  }

  private void deliver(Frame origin, String text) {
    wire.observer().onDelivered(origin, text);
    events.text(text);
  }
}
