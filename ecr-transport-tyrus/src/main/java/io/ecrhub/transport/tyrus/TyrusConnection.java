package io.ecrhub.transport.tyrus;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import jakarta.websocket.CloseReason;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
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
 * One Tyrus {@link Session} seen through the SPI. Used on both sides; the client and the server
 * differ only in how the session comes to be.
 */
final class TyrusConnection implements Connection {

  private static final String SESSION_KEY = TyrusConnection.class.getName();

  private final String id;
  private final String remoteAddress;
  private final Session session;
  private final int maxFrameChars;
  private final Consumer<TyrusConnection> onClosed;
  private final AtomicBoolean closeRequested = new AtomicBoolean();
  private volatile boolean open = true;

  /** Set once by {@link #open}; guarded by {@code this} together with {@link #closedBeforeOpen}. */
  private volatile OrderedEvents events;

  /** A close that Tyrus reported before {@link #open} attached the listener. */
  private CloseReason closedBeforeOpen;

  /**
   * @param onClosed told once when the connection has closed, to forget it
   */
  TyrusConnection(
      String id,
      String remoteAddress,
      Session session,
      int maxFrameChars,
      Consumer<TyrusConnection> onClosed) {
    this.id = id;
    this.remoteAddress = remoteAddress;
    this.session = session;
    this.maxFrameChars = maxFrameChars;
    this.onClosed = onClosed;
    // Stored at once, so that a close during the server's acceptor call is not lost.
    session.getUserProperties().put(SESSION_KEY, this);
  }

  /** The connection of a session; {@code null} for a session this transport never took. */
  static TyrusConnection of(Session session) {
    return (TyrusConnection) session.getUserProperties().get(SESSION_KEY);
  }

  /**
   * Attaches the listener and delivers {@code onOpen}. Runs inside Tyrus' {@code Endpoint.onOpen}:
   * Tyrus holds back the session's frames until that returns, so none can overtake {@code onOpen}.
   */
  void open(ConnectionListener listener) {
    OrderedEvents created = new OrderedEvents(this, Objects.requireNonNull(listener, "listener"));
    CloseReason earlyClose;
    synchronized (this) {
      events = created;
      earlyClose = closedBeforeOpen;
    }
    if (earlyClose == null) {
      listenToSession(created);
    }
    created.open();
    if (earlyClose != null) {
      created.close(earlyClose.getCloseCode().getCode(), CloseReasons.phrase(earlyClose));
    }
  }

  private void listenToSession(OrderedEvents created) {
    try {
      // Tyrus checks this limit only for fragmented messages; onText checks whole ones.
      session.setMaxTextMessageBufferSize(maxFrameChars);
      session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
      session.addMessageHandler(
          PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> created.pong());
    } catch (IllegalStateException closedMeanwhile) {
      // The session closed under us; Tyrus reports that through closed(..).
    }
  }

  private void onText(String text) {
    if (text.length() > maxFrameChars) {
      close(
          CloseCodes.TOO_BIG,
          "frame of " + text.length() + " chars exceeds the limit of " + maxFrameChars);
      return;
    }
    events.text(text);
  }

  /** A frame header announced more bytes than a frame within the limit can have. */
  void refuseTooBig(long payloadBytes) {
    close(
        CloseCodes.TOO_BIG,
        "frame of " + payloadBytes + " bytes exceeds the limit of " + maxFrameChars + " chars");
  }

  /** Tyrus reports the close: by either side, or 1006 when the socket just went away. */
  void closed(CloseReason reason) {
    open = false;
    OrderedEvents current;
    synchronized (this) {
      current = events;
      if (current == null && closedBeforeOpen == null) {
        closedBeforeOpen = reason;
      }
    }
    if (current != null) {
      current.close(reason.getCloseCode().getCode(), CloseReasons.phrase(reason));
    }
    onClosed.accept(this);
  }

  void failed(Throwable error) {
    OrderedEvents current = events;
    if (current != null) {
      current.error(error);
    }
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
    Objects.requireNonNull(text, "text");
    if (!isOpen()) {
      return CompletableFuture.failedFuture(notOpen());
    }
    CompletableFuture<Void> written = new CompletableFuture<>();
    try {
      session.getAsyncRemote().sendText(text, result -> complete(written, result));
    } catch (RuntimeException rejected) {
      // Tyrus refuses synchronously, before writing anything, when the socket closed meanwhile.
      written.completeExceptionally(
          isOpen()
              ? new TransportException(
                  TransportException.Kind.SEND_FAILED,
                  "connection " + id + " could not send: " + rejected.getMessage(),
                  rejected)
              : notOpen());
    }
    return written;
  }

  private void complete(CompletableFuture<Void> written, SendResult result) {
    if (result.isOK()) {
      written.complete(null);
    } else {
      Throwable cause = result.getException();
      written.completeExceptionally(
          new TransportException(
              TransportException.Kind.SEND_FAILED,
              "connection " + id + " failed while writing a frame: " + cause,
              cause));
    }
  }

  @Override
  public void close(int code, String reason) {
    CloseReason closeReason = CloseReasons.of(code, Objects.requireNonNull(reason, "reason"));
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
      return CompletableFuture.failedFuture(notOpen());
    }
    try {
      session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
      return CompletableFuture.completedFuture(null);
    } catch (IOException | RuntimeException failure) {
      return CompletableFuture.failedFuture(
          isOpen()
              ? new TransportException(
                  TransportException.Kind.SEND_FAILED,
                  "connection " + id + " could not send a ping: " + failure.getMessage(),
                  failure)
              : notOpen());
    }
  }

  private TransportException notOpen() {
    return new TransportException(
        TransportException.Kind.NOT_OPEN, "connection " + id + " is closed; nothing was sent");
  }

  @Override
  public String toString() {
    return "TyrusConnection[" + id + " " + remoteAddress + (isOpen() ? " open]" : " closed]");
  }
}
