package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.support.CloseStatus;
import io.ecrhub.protocol.spi.support.ConnectionEvents;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One connection over the JDK's {@link WebSocket}, and the {@link WebSocket.Listener} it gets.
 * Events reach the caller's listener through the SPI's {@link ConnectionEvents}; this class only
 * moves frames and keeps the JDK WebSocket's rules:
 *
 * <ul>
 *   <li><b>Demand.</b> Nothing is delivered without {@link WebSocket#request(long)}: one message
 *       part is requested at a time, after the previous one was handled.
 *   <li><b>Partial messages.</b> A text or binary message may come in parts ({@code last} false);
 *       the parts are joined, and the frame limit is checked on the parts as they come, so an
 *       oversized message is refused (close {@link CloseCodes#TOO_BIG}) before it is all in memory.
 *   <li><b>One send at a time.</b> A second {@code sendText} before the first completed throws
 *       {@link IllegalStateException}; every send (text, binary, ping, close) is chained behind the
 *       one before, in the order it was asked for.
 *   <li><b>Close handshake.</b> After {@code sendClose} the JDK waits for the peer's close for as
 *       long as it takes; a peer that never answers is cut off ({@link WebSocket#abort()}) after
 *       the close timeout, and the close is reported with this end's code. The JDK answers a peer's
 *       close itself once {@code onClose}'s stage completes, and answers pings with pongs.
 *   <li><b>Close codes a client may not send</b> go out as 1008 ({@link JdkCloseCodes}): a server
 *       sees 1008, not 1009, when this client refuses an oversized frame — the one place where this
 *       transport differs from the Tyrus client. This end reports the real code.
 * </ul>
 *
 * <p>Guarded by this object's lock: the state, the send chain and the partial message. No event is
 * reported while the lock is held, so a listener can never deadlock against it.
 */
final class JdkConnection implements Connection, WebSocket.Listener {

  private enum State {
    CONNECTING,
    OPEN,
    CLOSING,
    CLOSED
  }

  private final String id;
  private final URI endpoint;
  private final String remoteAddress;
  private final FrameLimit limit;
  private final Duration closeTimeout;
  private final ScheduledExecutorService timer;
  private final ConnectionListener listener;
  private final ConnectionEvents events;
  private final Consumer<JdkConnection> onEnd;
  private final CompletableFuture<Connection> connecting = new CompletableFuture<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();

  private volatile State state = State.CONNECTING;
  private WebSocket socket;
  private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
  private final StringBuilder partialText = new StringBuilder();
  private final ByteArrayOutputStream partialBinary = new ByteArrayOutputStream();
  private int ownCloseCode;
  private String ownCloseReason;
  private ScheduledFuture<?> abortTimer;

  JdkConnection(
      String id,
      URI endpoint,
      String remoteAddress,
      int maxFrameChars,
      Duration closeTimeout,
      ScheduledExecutorService timer,
      ConnectionListener listener,
      Consumer<JdkConnection> onEnd) {
    this.id = id;
    this.endpoint = endpoint;
    this.remoteAddress = remoteAddress;
    this.limit = new FrameLimit(maxFrameChars);
    this.closeTimeout = closeTimeout;
    this.timer = timer;
    this.listener = listener;
    this.onEnd = onEnd;
    this.events = ConnectionEvents.direct(this, limit);
  }

  /** Completes after {@code onOpen} was delivered, or fails with a typed connect failure. */
  CompletableFuture<Connection> connecting() {
    return connecting;
  }

  /** Completes once the connection ended ({@code onClose} reported). */
  CompletableFuture<Void> ended() {
    return ended;
  }

  /** The opening handshake failed. */
  void connectFailed(TransportException failure) {
    synchronized (this) {
      if (state != State.CONNECTING) {
        return;
      }
      state = State.CLOSED;
    }
    connecting.completeExceptionally(failure);
    ended.complete(null);
    onEnd.accept(this);
  }

  // ---------------------------------------------------------------------------------------------
  // Connection
  // ---------------------------------------------------------------------------------------------

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
    return state == State.OPEN;
  }

  @Override
  public CompletionStage<Void> send(String text) {
    return enqueue(socket -> socket.sendText(text, true));
  }

  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    ByteBuffer copy = ByteBuffer.wrap(data.clone());
    return enqueue(socket -> socket.sendBinary(copy, true));
  }

  @Override
  public boolean supportsPing() {
    return true;
  }

  @Override
  public CompletionStage<Void> ping() {
    return enqueue(socket -> socket.sendPing(ByteBuffer.allocate(0)));
  }

  @Override
  public void close(int code, String reason) {
    synchronized (this) {
      if (state != State.OPEN) {
        return;
      }
      startClosing(code, reason);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // WebSocket.Listener
  // ---------------------------------------------------------------------------------------------

  @Override
  public void onOpen(WebSocket webSocket) {
    boolean opened;
    synchronized (this) {
      socket = webSocket;
      opened = state == State.CONNECTING;
      if (opened) {
        state = State.OPEN;
      }
    }
    if (!opened) {
      webSocket.abort(); // the transport closed while the handshake ran
      return;
    }
    // direct delivery: onOpen has run on this thread when open returns (nothing else is busy yet)
    events.open(listener);
    connecting.complete(this);
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    String whole = null;
    long refusedSize = -1;
    synchronized (this) {
      if (state == State.OPEN) {
        partialText.append(data);
        if (partialText.length() > limit.maxChars()) {
          refusedSize = partialText.length();
        } else if (last) {
          whole = partialText.toString();
          partialText.setLength(0);
        }
      }
    }
    if (refusedSize >= 0) {
      refuseOversized(
          "a text frame of " + refusedSize + "+ characters, over the limit of " + limit.maxChars());
    } else if (whole != null) {
      events.text(whole);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] whole = null;
    long refusedSize = -1;
    synchronized (this) {
      if (state == State.OPEN) {
        byte[] part = new byte[data.remaining()];
        data.get(part);
        partialBinary.writeBytes(part);
        if (partialBinary.size() > limit.maxUtf8Bytes()) {
          refusedSize = partialBinary.size();
        } else if (last) {
          whole = partialBinary.toByteArray();
          partialBinary.reset();
        }
      }
    }
    if (refusedSize >= 0) {
      refuseOversized(limit.refusalOfAnnounced(refusedSize));
    } else if (whole != null) {
      events.binary(whole); // text when it is UTF-8, else onError; the limit is checked there too
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
    events.pong();
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    int code;
    String why;
    synchronized (this) {
      if (state == State.CLOSING) {
        code = ownCloseCode;
        why = ownCloseReason;
      } else {
        // the peer closed; the JDK sends the answering close when this stage completes
        code = statusCode == 1005 ? CloseCodes.NORMAL : statusCode;
        why = reason;
      }
    }
    finish(code, why);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    State seen;
    int code;
    String why;
    synchronized (this) {
      seen = state;
      code = seen == State.CLOSING ? ownCloseCode : CloseCodes.ABNORMAL;
      why = seen == State.CLOSING ? ownCloseReason : "connection lost: " + error.getMessage();
    }
    if (seen == State.CONNECTING) {
      connectFailed(TransportFailures.connectFailed(endpoint, error, false));
      return;
    }
    finish(code, why);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals
  // ---------------------------------------------------------------------------------------------

  private CompletionStage<Void> enqueue(Function<WebSocket, CompletableFuture<WebSocket>> sending) {
    synchronized (this) {
      if (state != State.OPEN) {
        return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
      }
      CompletableFuture<Void> sent =
          sendChain
              .handle((ignored, previousFailure) -> null)
              .thenCompose(ignored -> startSend(sending));
      sendChain = sent;
      return sent.copy();
    }
  }

  private CompletableFuture<Void> startSend(
      Function<WebSocket, CompletableFuture<WebSocket>> sending) {
    if (socket.isOutputClosed()) {
      return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
    }
    return sending
        .apply(socket)
        .handle(
            (ignored, failure) -> {
              if (failure != null) {
                throw TransportFailures.sendFailed(id, failure);
              }
              return null;
            });
  }

  private void refuseOversized(String why) {
    synchronized (this) {
      partialText.setLength(0);
      partialBinary.reset();
      if (state == State.OPEN) {
        startClosing(CloseCodes.TOO_BIG, why);
      }
    }
  }

  /** Sends our close behind the pending sends; cuts the peer off if it never answers. */
  private void startClosing(int code, String reason) {
    // checked first: a code that may not be sent is refused with the connection left open
    CloseStatus own = CloseStatus.of(code, reason);
    state = State.CLOSING;
    ownCloseCode = own.code();
    ownCloseReason = own.reason();
    CloseStatus wire = JdkCloseCodes.onTheWire(code, reason);
    sendChain =
        sendChain
            .handle((ignored, previousFailure) -> null)
            .thenCompose(
                ignored ->
                    socket.isOutputClosed()
                        ? CompletableFuture.completedFuture(null)
                        : socket.sendClose(wire.code(), wire.reason()));
    try {
      abortTimer =
          timer.schedule(this::closeNotAnswered, closeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException transportStopped) {
      abortTimer = null;
    }
  }

  private void closeNotAnswered() {
    synchronized (this) {
      if (state != State.CLOSING) {
        return;
      }
    }
    socket.abort();
    finish(ownCloseCode, ownCloseReason);
  }

  private void finish(int code, String reason) {
    synchronized (this) {
      if (state == State.CLOSED) {
        return;
      }
      state = State.CLOSED;
      if (abortTimer != null) {
        abortTimer.cancel(false);
      }
    }
    events.closed(code, reason);
    ended.complete(null);
    onEnd.accept(this);
  }

  @Override
  public String toString() {
    return "JdkConnection[" + id + " to " + remoteAddress + ", " + state + "]";
  }
}
