package io.ecrhub.transport.tyrus.internal;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.support.CloseStatus;
import io.ecrhub.protocol.spi.support.ConnectionEvents;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.TransportFailures;
import jakarta.websocket.CloseReason;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One Tyrus {@link Session} seen through the SPI, on both sides: the client and the server differ
 * only in how the session comes to be. It moves frames; ordering, the frame limit and listener
 * failures are the business of {@link ConnectionEvents}.
 */
public final class TyrusConnection implements Connection {

  /**
   * "No idle timeout" as Tyrus needs it spelled, for the client manager and the server container.
   * With Tyrus' default of 0, {@code TyrusSession.restartIdleTimeoutExecutor} (which tests {@code
   * >= 0}) schedules a no-op task on a pool of up to 10 threads for every frame sent and received.
   */
  public static final long NO_IDLE_TIMEOUT = -1;

  private static final String SESSION_KEY = TyrusConnection.class.getName();

  private final String id;
  private final String remoteAddress;
  private final Session session;
  private final FrameLimit limit;
  private final Consumer<TyrusConnection> onClosed;
  private final ConnectionEvents events;
  private final AtomicBoolean closeRequested = new AtomicBoolean();
  private volatile boolean open = true;

  /**
   * A connection over {@code session}; registers itself in the session's user properties, so that
   * {@link #of(Session)} finds it.
   *
   * @param id the connection's {@link #id()}, e.g. {@code c12}
   * @param remoteAddress the peer as {@code host:port}, for logs
   * @param session the Tyrus session, open
   * @param maxFrameChars the largest inbound frame accepted, in characters
   * @param onClosed told once the connection has closed, to forget it
   */
  public TyrusConnection(
      String id,
      String remoteAddress,
      Session session,
      int maxFrameChars,
      Consumer<TyrusConnection> onClosed) {
    this.id = id;
    this.remoteAddress = remoteAddress;
    this.session = session;
    this.limit = new FrameLimit(maxFrameChars);
    this.onClosed = onClosed;
    // Frames are delivered on Tyrus' I/O thread, without a further hand-off.
    this.events = ConnectionEvents.direct(this, limit);
    // Stored at once, so that a close during the server's acceptor call is not lost.
    session.getUserProperties().put(SESSION_KEY, this);
  }

  /**
   * The connection of a session; {@code null} for a session this transport never took.
   *
   * @param session a Tyrus session
   * @return the connection made for it, or null
   */
  public static TyrusConnection of(Session session) {
    return (TyrusConnection) session.getUserProperties().get(SESSION_KEY);
  }

  /**
   * Jakarta's close reason for an SPI close: a code Tyrus accepts, a phrase that fits.
   *
   * @param code a close code a close frame may carry ({@link CloseStatus#sendable})
   * @param reason any reason, or null; cut to 123 bytes of UTF-8
   * @return the close reason
   * @throws IllegalArgumentException when {@code code} may not be sent
   */
  public static CloseReason closeReason(int code, String reason) {
    CloseStatus status = CloseStatus.of(code, reason);
    return new CloseReason(CloseReason.CloseCodes.getCloseCode(status.code()), status.reason());
  }

  /**
   * Attaches the listener and delivers {@code onOpen}. Runs inside Tyrus' {@code Endpoint.onOpen}:
   * Tyrus holds back the session's frames until that returns, so none can overtake {@code onOpen}.
   *
   * @param listener receives every event of the connection
   */
  public void open(ConnectionListener listener) {
    try {
      // Tyrus checks this limit only for fragmented messages; ConnectionEvents checks whole ones.
      session.setMaxTextMessageBufferSize(limit.maxChars());
      session.setMaxBinaryMessageBufferSize(
          (int) Math.min(Integer.MAX_VALUE, limit.maxUtf8Bytes()));
      session.addMessageHandler(String.class, (MessageHandler.Whole<String>) events::text);
      session.addMessageHandler(byte[].class, (MessageHandler.Whole<byte[]>) events::binary);
      session.addMessageHandler(
          PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> events.pong());
    } catch (IllegalStateException closedMeanwhile) {
      // The session closed under us; Tyrus reports that through closed(..).
    }
    events.open(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The frame guard saw a header announcing more bytes than a frame within the limit has: closes
   * with 1009.
   *
   * @param payloadBytes the payload length the header announced
   */
  public void refuseTooBig(long payloadBytes) {
    close(CloseStatus.tooBig(limit.refusalOfAnnounced(payloadBytes)));
  }

  /**
   * Tyrus reports the close: by either side, or 1006 when the socket just went away. Only the first
   * report reaches the listener.
   *
   * @param reason the close code and phrase
   */
  public void closed(CloseReason reason) {
    open = false;
    String phrase = reason.getReasonPhrase();
    events.closed(reason.getCloseCode().getCode(), phrase == null ? "" : phrase);
    onClosed.accept(this);
  }

  /**
   * Tyrus reports an error that does not close the session by itself.
   *
   * @param error passed to the listener's {@code onError}
   */
  public void failed(Throwable error) {
    events.error(error);
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
    return open && !closeRequested.get() && session.isOpen();
  }

  @Override
  public CompletionStage<Void> send(String text) {
    return write(Objects.requireNonNull(text, "text"));
  }

  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    return write(ByteBuffer.wrap(Objects.requireNonNull(data, "data").clone()));
  }

  /** Hands one frame, a {@code String} or a {@code ByteBuffer}, to Tyrus. */
  private CompletionStage<Void> write(Object frame) {
    if (!isOpen()) {
      return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
    }
    CompletableFuture<Void> written = new CompletableFuture<>();
    try {
      RemoteEndpoint.Async remote = session.getAsyncRemote();
      if (frame instanceof String text) {
        remote.sendText(text, result -> complete(written, result));
      } else {
        remote.sendBinary((ByteBuffer) frame, result -> complete(written, result));
      }
    } catch (RuntimeException rejected) {
      // Tyrus refuses synchronously, before writing anything, when the socket closed meanwhile.
      written.completeExceptionally(
          isOpen() ? TransportFailures.sendFailed(id, rejected) : TransportFailures.notOpen(id));
    }
    return written;
  }

  private void complete(CompletableFuture<Void> written, SendResult result) {
    if (result.isOK()) {
      written.complete(null);
    } else {
      written.completeExceptionally(TransportFailures.sendFailed(id, result.getException()));
    }
  }

  @Override
  public void close(int code, String reason) {
    close(CloseStatus.of(code, reason));
  }

  private void close(CloseStatus status) {
    CloseReason closeReason = closeReason(status.code(), status.reason());
    if (!closeRequested.compareAndSet(false, true)) {
      return;
    }
    try {
      // Sends the close frame and runs Endpoint.onClose (so closed(..)) right here.
      session.close(closeReason);
    } catch (IOException | RuntimeException alreadyClosed) {
      // Tyrus thinks the session is gone; make sure the listener hears it exactly once anyway.
      closed(closeReason);
    }
  }

  @Override
  public boolean supportsPing() {
    return true;
  }

  @Override
  public CompletionStage<Void> ping() {
    if (!isOpen()) {
      return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
    }
    try {
      session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
      return CompletableFuture.completedFuture(null);
    } catch (IOException | RuntimeException failure) {
      return CompletableFuture.failedFuture(
          isOpen() ? TransportFailures.sendFailed(id, failure) : TransportFailures.notOpen(id));
    }
  }

  @Override
  public String toString() {
    return "TyrusConnection[" + id + " " + remoteAddress + (isOpen() ? " open]" : " closed]");
  }
}
