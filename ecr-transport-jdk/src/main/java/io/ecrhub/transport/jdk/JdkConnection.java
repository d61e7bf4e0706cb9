package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One connection over the JDK's {@link WebSocket}, and the {@link WebSocket.Listener} it gets.
 *
 * <p>The JDK WebSocket's own rules, and what this class does about them:
 *
 * <ul>
 *   <li><b>Demand.</b> Nothing is delivered without {@link WebSocket#request(long)}: one message
 *       part is requested at a time, after the previous one was handled, which also keeps the
 *       events in order.
 *   <li><b>Partial messages.</b> A text or binary message may come in parts ({@code last} false);
 *       the parts are joined, and the frame-size limit is checked on the parts as they come, so an
 *       oversized message is refused before it is all in memory (close {@link CloseCodes#TOO_BIG}).
 *       A binary message is delivered as text when it is valid UTF-8, else reported to {@code
 *       onError}.
 *   <li><b>One send at a time.</b> A second {@code sendText} before the first completed throws
 *       {@link IllegalStateException}; every send (text, ping, close) is chained behind the one
 *       before, in the order {@link #send} was called.
 *   <li><b>Close handshake.</b> After {@code sendClose} the JDK waits for the peer's close for as
 *       long as it takes; a peer that never answers is cut off ({@link WebSocket#abort()}) after
 *       the close timeout, and the close is reported with this end's code. The JDK answers a peer's
 *       close itself once {@code onClose}'s stage completes. Pings are answered with pongs by the
 *       JDK too.
 *   <li><b>Close codes a client may not send.</b> The JDK refuses to send 1002, 1003, 1007, 1009,
 *       1010 and 1012–1014 from a client ({@code StatusCodes.isLegalToSendFromClient} in {@code
 *       java.net.http}). Such a close goes out as 1008 (policy violation) with the real code at the
 *       start of the reason ({@code "(1009) frame of …"}); this end reports the real code. So a
 *       server sees 1008, not 1009, when this client refuses an oversized frame: the one place
 *       where this transport differs from the Tyrus client.
 * </ul>
 *
 * <p>Guarded by this object's lock: the state, the send chain and the partial message.
 */
final class JdkConnection implements Connection, WebSocket.Listener {

  private enum State {
    CONNECTING,
    OPEN,
    CLOSING,
    CLOSED
  }

  private final String id;
  private final String remoteAddress;
  private final int maxFrameChars;
  private final Duration closeTimeout;
  private final ScheduledExecutorService timer;
  private final EventLane events;
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
      String remoteAddress,
      int maxFrameChars,
      Duration closeTimeout,
      Executor pool,
      ScheduledExecutorService timer,
      ConnectionListener listener,
      Consumer<JdkConnection> onEnd) {
    this.id = id;
    this.remoteAddress = remoteAddress;
    this.maxFrameChars = maxFrameChars;
    this.closeTimeout = closeTimeout;
    this.timer = timer;
    this.onEnd = onEnd;
    this.events = new EventLane(pool, this, () -> listener);
  }

  /** Completes after {@code onOpen} was delivered, or fails with a typed connect failure. */
  CompletableFuture<Connection> connecting() {
    return connecting;
  }

  /** Completes once {@code onClose} was delivered. */
  CompletableFuture<Void> ended() {
    return ended;
  }

  /** The opening handshake failed. */
  synchronized void connectFailed(TransportException failure) {
    if (state == State.CONNECTING) {
      state = State.CLOSED;
      connecting.completeExceptionally(failure);
      ended.complete(null);
      onEnd.accept(this);
    }
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
    synchronized (this) {
      socket = webSocket;
      if (state != State.CONNECTING) {
        webSocket.abort(); // the transport closed while the handshake ran
        return;
      }
      state = State.OPEN;
      events.open();
      events.run(() -> connecting.complete(this));
    }
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    synchronized (this) {
      if (state == State.OPEN) {
        partialText.append(data);
        if (partialText.length() > maxFrameChars) {
          refuseOversized(partialText.length());
        } else if (last) {
          String text = partialText.toString();
          partialText.setLength(0);
          events.text(text);
        }
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    synchronized (this) {
      if (state == State.OPEN) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partialBinary.writeBytes(bytes);
        // UTF-8 needs at least one byte per character: more bytes than 4x the limit is over it
        if (partialBinary.size() > 4L * maxFrameChars) {
          refuseOversized(partialBinary.size());
        } else if (last) {
          byte[] message = partialBinary.toByteArray();
          partialBinary.reset();
          deliverBinary(message);
        }
      }
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
    synchronized (this) {
      if (state == State.CLOSING) {
        finish(ownCloseCode, ownCloseReason);
      } else {
        // the peer closed; the JDK sends the answering close when this stage completes
        finish(statusCode == 1005 ? CloseCodes.NORMAL : statusCode, reason);
      }
    }
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    synchronized (this) {
      if (state == State.CONNECTING) {
        connectFailed(
            new TransportException(Kind.CONNECT_FAILED, "connection failed: " + error, error));
        return;
      }
      finish(
          state == State.CLOSING ? ownCloseCode : CloseCodes.ABNORMAL,
          state == State.CLOSING ? ownCloseReason : "connection lost: " + error.getMessage());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Internals
  // ---------------------------------------------------------------------------------------------

  private CompletionStage<Void> enqueue(Function<WebSocket, CompletableFuture<WebSocket>> sending) {
    synchronized (this) {
      if (state != State.OPEN) {
        return CompletableFuture.failedFuture(
            new TransportException(
                Kind.NOT_OPEN, "connection " + id + " is closed; the frame did not leave"));
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
      return CompletableFuture.failedFuture(
          new TransportException(
              Kind.NOT_OPEN, "connection " + id + " closed before the frame left"));
    }
    return sending
        .apply(socket)
        .handle(
            (ignored, failure) -> {
              if (failure != null) {
                throw new TransportException(
                    Kind.SEND_FAILED,
                    "sending on "
                        + id
                        + " failed; the peer may or may not have the frame: "
                        + failure.getMessage(),
                    failure);
              }
              return null;
            });
  }

  private void refuseOversized(long size) {
    partialText.setLength(0);
    partialBinary.reset();
    startClosing(
        CloseCodes.TOO_BIG, "frame of " + size + "+ units, over the limit of " + maxFrameChars);
  }

  private void deliverBinary(byte[] message) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(message))
              .toString();
    } catch (CharacterCodingException notText) {
      events.error(
          new IllegalArgumentException("a binary frame is not UTF-8 text; dropped", notText));
      return;
    }
    if (text.length() > maxFrameChars) {
      refuseOversized(text.length());
      return;
    }
    events.text(text);
  }

  /** Sends our close behind the pending sends; cuts the peer off if it never answers. */
  private void startClosing(int code, String reason) {
    state = State.CLOSING;
    ownCloseCode = code;
    ownCloseReason = reason;
    int sentCode =
        CloseReasonFit.sendableByJdkClient(code) ? code : CloseReasonFit.POLICY_VIOLATION;
    String fitted = CloseReasonFit.fit(sentCode == code ? reason : "(" + code + ") " + reason);
    sendChain =
        sendChain
            .handle((ignored, previousFailure) -> null)
            .thenCompose(
                ignored ->
                    socket.isOutputClosed()
                        ? CompletableFuture.completedFuture(null)
                        : socket.sendClose(sentCode, fitted));
    abortTimer =
        timer.schedule(this::closeNotAnswered, closeTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void closeNotAnswered() {
    synchronized (this) {
      if (state != State.CLOSING) {
        return;
      }
      socket.abort();
      finish(ownCloseCode, ownCloseReason);
    }
  }

  private void finish(int code, String reason) {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    if (abortTimer != null) {
      abortTimer.cancel(false);
    }
    events.close(code, reason);
    events.run(() -> ended.complete(null));
    onEnd.accept(this);
  }

  @Override
  public String toString() {
    return "JdkConnection[" + id + " to " + remoteAddress + ", " + state + "]";
  }
}
