package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.support.CloseStatus;
import io.ecrhub.protocol.spi.support.ConnectionEvents;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One side of an in-memory connection: what the client's or the server's code holds. A frame it
 * sends is queued at once on its peer's events, which the network's threads deliver in order; so a
 * close travels behind the frames sent before it, as on a socket.
 */
final class LoopbackConnection implements Connection {

  private final String id;
  private final String remoteAddress;
  private final ConnectionEvents events;
  private final Consumer<LoopbackConnection> whenClosed;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private volatile LoopbackConnection peer;

  /**
   * @param maxInboundChars this side's frame limit: a larger frame closes both sides with 1009
   * @param whenClosed told once, when this side has closed
   */
  LoopbackConnection(
      String id,
      String remoteAddress,
      Executor eventThreads,
      int maxInboundChars,
      Consumer<LoopbackConnection> whenClosed) {
    this.id = id;
    this.remoteAddress = remoteAddress;
    this.events = ConnectionEvents.on(eventThreads, this, new FrameLimit(maxInboundChars));
    this.whenClosed = whenClosed;
  }

  /** Each side then delivers what the other sends. */
  static void pair(LoopbackConnection client, LoopbackConnection server) {
    client.peer = server;
    server.peer = client;
  }

  /** Attaches this side's listener; the stage completes once its {@code onOpen} has returned. */
  CompletionStage<Void> open(ConnectionListener listener) {
    return events.open(listener);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String remoteAddress() {
    return remoteAddress;
  }

  @Override
  public boolean isOpen() {
    return open.get();
  }

  @Override
  public CompletionStage<Void> send(String text) {
    Objects.requireNonNull(text, "text");
    if (!open.get()) {
      return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
    }
    peer.events.text(text);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (!open.get()) {
      return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
    }
    peer.events.binary(data.clone());
    return CompletableFuture.completedFuture(null);
  }

  /** Closes this side, and the peer with the same code and reason behind what was sent before. */
  @Override
  public void close(int code, String reason) {
    // what a close frame could carry, as on a real wire: a code it may not carry is refused
    CloseStatus status = CloseStatus.of(code, reason);
    if (closeSide(status.code(), status.reason())) {
      peer.closeSide(status.code(), status.reason());
    }
  }

  @Override
  public boolean supportsPing() {
    return true;
  }

  /** The peer answers at once, unless it has closed. */
  @Override
  public CompletionStage<Void> ping() {
    if (!open.get()) {
      return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
    }
    if (peer.isOpen()) {
      events.pong();
    }
    return CompletableFuture.completedFuture(null);
  }

  /** The wire broke: both sides closed without a close handshake. */
  void abort(String reason) {
    closeSide(CloseCodes.ABNORMAL, reason);
    peer.closeSide(CloseCodes.ABNORMAL, reason);
  }

  private boolean closeSide(int code, String reason) {
    if (!open.compareAndSet(true, false)) {
      return false;
    }
    events.closed(code, reason);
    whenClosed.accept(this);
    return true;
  }

  @Override
  public String toString() {
    return id + (isOpen() ? " (open)" : " (closed)");
  }
}
