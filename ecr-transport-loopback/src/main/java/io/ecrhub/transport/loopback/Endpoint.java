package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.support.FrameLimit;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One side of a loopback connection: what the client's or the server's code holds as its {@link
 * Connection}. It sends on its outbound {@link Pipe} and gets its events, one at a time, from its
 * own {@link SerialExecutor}.
 *
 * <p>Once a side is closed (by itself, by the peer, or because the wire broke) its listener gets
 * nothing but the one {@code onClose}.
 */
final class Endpoint implements Connection {

  private static final System.Logger LOG = System.getLogger(Endpoint.class.getName());

  /** Stands in on the server side until the acceptor has given a listener, or when it gave none. */
  private static final ConnectionListener NO_LISTENER =
      new ConnectionListener() {
        @Override
        public void onText(Connection connection, String text) {}

        @Override
        public void onClose(Connection connection, int code, String reason) {}
      };

  private final LoopbackConnection link;
  private final String id;
  private final String remoteAddress;
  private final int maxInboundChars;
  private final Pipe outbound;
  private final SerialExecutor events;
  private final Runnable whenClosed;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final AtomicBoolean closeFired = new AtomicBoolean();
  private volatile ConnectionListener listener;

  Endpoint(
      LoopbackConnection link,
      String id,
      String remoteAddress,
      int maxInboundChars,
      Pipe outbound,
      ConnectionListener listener,
      Runnable whenClosed) {
    this.link = link;
    this.id = id;
    this.remoteAddress = remoteAddress;
    this.maxInboundChars = maxInboundChars;
    this.outbound = outbound;
    this.events = link.network().newEventQueue();
    this.listener = listener == null ? NO_LISTENER : listener;
    this.whenClosed = whenClosed;
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
    return switch (outbound.sendText(text)) {
      case NOT_OPEN -> notOpen("send");
      case DISCONNECT -> {
        link.abort("loopback fault: disconnect instead of a frame from " + id);
        yield CompletableFuture.completedFuture(null);
      }
      case SENT -> CompletableFuture.completedFuture(null);
    };
  }

  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    Objects.requireNonNull(data, "data");
    return outbound.sendBinary(data) ? CompletableFuture.completedFuture(null) : notOpen("send");
  }

  @Override
  public void close(int code, String reason) {
    String why = reason == null ? "" : reason;
    if (open.compareAndSet(true, false)) {
      outbound.closeForSending(code, why);
      fireClose(code, why);
    }
  }

  @Override
  public boolean supportsPing() {
    return true;
  }

  @Override
  public CompletionStage<Void> ping() {
    return outbound.sendPing() == null ? notOpen("ping") : CompletableFuture.completedFuture(null);
  }

  @Override
  public String toString() {
    return id + (isOpen() ? " (open)" : " (closed)");
  }

  /** Queues the client's first event; the connect stage completes once onOpen has returned. */
  void openAsClient(CompletableFuture<Connection> connected) {
    events.execute(
        () -> {
          deliver(open -> open.onOpen(this));
          connected.complete(this);
        });
  }

  /** Queues the server's first event: ask the acceptor for a listener, then onOpen. */
  void openAsServer(ConnectionAcceptor acceptor) {
    events.execute(
        () -> {
          ConnectionListener accepted;
          try {
            accepted = acceptor.accept(this);
          } catch (Exception failure) {
            LOG.log(System.Logger.Level.WARNING, "the acceptor failed on " + id, failure);
            close(CloseCodes.INTERNAL_ERROR, "the server could not accept: " + failure);
            return;
          }
          if (accepted == null) {
            close(CloseCodes.INTERNAL_ERROR, "the server's acceptor gave no listener");
            return;
          }
          listener = accepted;
          deliver(open -> open.onOpen(this));
        });
  }

  void startEvents() {
    events.release();
  }

  /** Called by the pipe towards this side, in wire order. */
  void receive(WireItem item) {
    events.execute(() -> handle(item));
  }

  /** The wire broke: close this side without a close handshake. */
  void abort(String reason) {
    open.set(false);
    fireClose(CloseCodes.ABNORMAL, reason);
  }

  private void handle(WireItem item) {
    if (item instanceof WireItem.Text text) {
      onText(text);
    } else if (item instanceof WireItem.Binary binary) {
      onBinary(binary.data());
    } else if (item instanceof WireItem.Close close) {
      onPeerClose(close);
    } else if (item instanceof WireItem.Ping ping) {
      answer(ping.ping());
    } else if (item instanceof WireItem.Pong && open.get()) {
      deliver(pong -> pong.onPong(this));
    }
  }

  private void onText(WireItem.Text frame) {
    if (!open.get()) {
      return;
    }
    String text = frame.text();
    if (text.length() > maxInboundChars) {
      close(
          CloseCodes.TOO_BIG,
          "frame of " + text.length() + " chars exceeds the limit of " + maxInboundChars);
      return;
    }
    link.network().observer().onDelivered(frame.origin(), text);
    deliver(receiver -> receiver.onText(this, text));
  }

  private void onBinary(byte[] data) {
    if (!open.get()) {
      return;
    }
    FrameLimit limit = new FrameLimit(maxInboundChars);
    if (!limit.admits(data)) {
      close(CloseCodes.TOO_BIG, limit.refusal(data));
      return;
    }
    deliver(receiver -> receiver.onBinary(this, data));
  }

  private void onPeerClose(WireItem.Close close) {
    if (open.compareAndSet(true, false)) {
      outbound.stopSending();
      fireClose(close.code(), close.reason());
    }
  }

  private void answer(PingFrame ping) {
    if (!open.get()) {
      return;
    }
    boolean swallow;
    try {
      swallow = link.network().faults().swallowsPong(ping);
    } catch (Exception failure) {
      LOG.log(System.Logger.Level.ERROR, "the fault plan failed on " + ping, failure);
      swallow = false;
    }
    if (!swallow) {
      outbound.sendPong();
    }
  }

  private void fireClose(int code, String reason) {
    if (!closeFired.compareAndSet(false, true)) {
      return;
    }
    events.execute(
        () -> {
          try {
            listener.onClose(this, code, reason);
          } catch (Exception | AssertionError | LinkageError failure) {
            // onClose is the last event: nothing, not even onError, may follow it.
            LOG.log(System.Logger.Level.WARNING, "onClose of " + id + " threw", failure);
          }
        });
    whenClosed.run();
  }

  /** Runs one listener event; a throwing listener is told through onError and goes on. */
  private void deliver(Consumer<ConnectionListener> event) {
    ConnectionListener current = listener;
    try {
      event.accept(current);
    } catch (Exception | AssertionError | LinkageError failure) {
      // Exception, not only RuntimeException: a listener may throw a checked one sneakily.
      try {
        current.onError(this, failure);
      } catch (Exception | AssertionError | LinkageError secondFailure) {
        secondFailure.addSuppressed(failure);
        LOG.log(System.Logger.Level.WARNING, "onError of " + id + " threw", secondFailure);
      }
    }
  }

  private CompletionStage<Void> notOpen(String operation) {
    return CompletableFuture.failedFuture(
        new TransportException(
            TransportException.Kind.NOT_OPEN,
            "cannot " + operation + " on loopback connection " + id + ": it is closed"));
  }
}
