package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.serial.wire.FrameDecoder;
import io.ecrhub.transport.serial.wire.SerialFrame;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One open serial line and the sessions over it: reads and decodes frames, answers handshakes and
 * data with confirms and ACKs, and runs the current {@link SerialConnection}.
 *
 * <p>The POS end sends the handshake and waits for the confirm (resending it every {@link
 * SerialOptions#handshakeRetry()}, as the vendor's {@code HandshakeHandler} does), then opens its
 * session and sends a heartbeat at once. The terminal end confirms every handshake, and opens its
 * session when the first common frame (heartbeat, data or ACK) follows the confirm — so a handshake
 * resent because a confirm was lost does not open a second session. A handshake during an open
 * session means the POS started over: the old session ends ({@link CloseCodes#ABNORMAL}) and a new
 * one begins. A POS link ends with its one session and closes its line; a terminal link keeps its
 * line open for the next session until its binding closes.
 *
 * <p>All state is guarded by this object's lock; nothing slow runs under it (writes and listener
 * calls are queued).
 */
final class SerialLink {

  private static final System.Logger LOG = System.getLogger(SerialLink.class.getName());

  enum Role {
    POS,
    TERMINAL
  }

  private final SerialLine line;
  private final Role role;
  private final SerialRuntime runtime;
  private final SerialOptions options;
  private final int maxFrameChars;
  private final String connectionIdPrefix;
  private final FrameDecoder decoder = new FrameDecoder(this::onFrame);
  private final LineWriter writer;
  private final Consumer<SerialLink> onEnd;
  private final CompletableFuture<Void> lineClosed = new CompletableFuture<>();

  // POS
  private ConnectionListener posListener;
  private CompletableFuture<Connection> connecting;
  private ScheduledFuture<?> handshakeTimer;
  private ScheduledFuture<?> connectTimer;
  // TERMINAL
  private ConnectionAcceptor acceptor;
  private boolean confirmed;

  private SerialConnection session;
  private int sessions;
  private boolean stopping;

  private SerialLink(
      SerialLine line,
      Role role,
      SerialRuntime runtime,
      SerialOptions options,
      int maxFrameChars,
      String connectionIdPrefix,
      Consumer<SerialLink> onEnd) {
    this.line = line;
    this.role = role;
    this.runtime = runtime;
    this.options = options;
    this.maxFrameChars = maxFrameChars;
    this.connectionIdPrefix = connectionIdPrefix;
    this.onEnd = onEnd;
    this.writer = new LineWriter(line, runtime.pool(), this::lineLost);
  }

  /**
   * Opens a POS session over {@code line}: handshake, then the connection ({@link #connecting}).
   */
  static SerialLink connect(
      SerialLine line,
      SerialRuntime runtime,
      SerialOptions options,
      int maxFrameChars,
      Duration connectTimeout,
      String connectionId,
      ConnectionListener listener,
      Consumer<SerialLink> onEnd) {
    SerialLink link =
        new SerialLink(line, Role.POS, runtime, options, maxFrameChars, connectionId, onEnd);
    synchronized (link) {
      link.posListener = listener;
      link.connecting = new CompletableFuture<>();
      link.startReading();
      link.handshakeTimer =
          runtime.everyFromNow(options.handshakeRetry(), () -> link.write(SerialFrame.handshake()));
      link.connectTimer =
          runtime.after(connectTimeout, () -> link.handshakeTimedOut(connectTimeout));
    }
    return link;
  }

  /** A POS link's connection: completes after its {@code onOpen}, or fails. */
  CompletableFuture<Connection> connecting() {
    return connecting;
  }

  /** Serves terminal sessions over {@code line} until {@link #shutDown} or the line is lost. */
  static SerialLink serve(
      SerialLine line,
      SerialRuntime runtime,
      SerialOptions options,
      int maxFrameChars,
      String connectionIdPrefix,
      ConnectionAcceptor acceptor,
      Consumer<SerialLink> onEnd) {
    SerialLink link =
        new SerialLink(
            line, Role.TERMINAL, runtime, options, maxFrameChars, connectionIdPrefix, onEnd);
    synchronized (link) {
      link.acceptor = acceptor;
      link.startReading();
    }
    return link;
  }

  String lineName() {
    return line.name();
  }

  long brokenFrames() {
    return decoder.brokenFrames();
  }

  long skippedBytes() {
    return decoder.skippedBytes();
  }

  void write(SerialFrame frame) {
    writer.write(frame.encode());
  }

  void writeBytes(byte[] frame) {
    writer.write(frame);
  }

  /**
   * Closes the open session with {@code code} (waiting for the peer's confirm at most the close
   * timeout), then the line. Blocks until done or {@code patience} passed.
   */
  void shutDown(int code, String reason, Duration patience) {
    beginShutDown(code, reason);
    awaitShutDown(patience);
  }

  /**
   * Starts closing: the session's close notice goes out, and the line closes once the session
   * ended. Many links close at once this way, each waiting for its own peer.
   */
  void beginShutDown(int code, String reason) {
    SerialConnection current;
    synchronized (this) {
      stopping = true;
      current = session;
      if (connecting != null && !connecting.isDone()) {
        failConnect(new TransportException(Kind.CONNECT_FAILED, "the transport is closing"));
      }
    }
    if (current == null) {
      closeLine();
    } else {
      current.close(code, reason);
      current.ended().whenComplete((done, failure) -> closeLine());
    }
  }

  /** Waits until the line is closed, at most {@code patience}; then closes it regardless. */
  void awaitShutDown(Duration patience) {
    awaitQuietly(lineClosed, patience);
    closeLine();
    awaitQuietly(lineClosed, Duration.ofSeconds(1));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  private void startReading() {
    runtime.pool().execute(this::readLoop);
  }

  private void readLoop() {
    byte[] buffer = new byte[4096];
    while (true) {
      int count;
      try {
        count = line.read(buffer);
      } catch (IOException failed) {
        lineLost(failed);
        return;
      }
      if (count < 0) {
        lineLost(new IOException("the line reported end of input (cable unplugged?)"));
        return;
      }
      synchronized (this) {
        if (lineClosed.isDone()) {
          return;
        }
        if (count == 0) {
          decoder.quiet();
        } else {
          decoder.feed(buffer, count);
        }
      }
    }
  }

  /** Called by the decoder, under this link's lock, for every good frame. */
  private void onFrame(SerialFrame frame) {
    if (session != null) {
      session.heard();
    }
    switch (frame.type()) {
      case HANDSHAKE -> onHandshake();
      case HANDSHAKE_CONFIRM -> onHandshakeConfirm();
      case COMMON -> onCommon(frame);
      case CLOSE -> onClose(frame);
    }
  }

  private void onHandshake() {
    if (role != Role.TERMINAL || stopping) {
      return;
    }
    if (session != null) {
      session.end(CloseCodes.ABNORMAL, "the POS started a new session");
    }
    write(SerialFrame.handshakeConfirm());
    confirmed = true;
  }

  private void onHandshakeConfirm() {
    if (role != Role.POS || connecting == null || connecting.isDone() || session != null) {
      return;
    }
    cancel(handshakeTimer, connectTimer);
    ConnectionListener listener = posListener;
    CompletableFuture<Connection> waiting = connecting;
    session = newSession(connectionIdPrefix);
    SerialConnection opened = session;
    opened.start(listener, () -> waiting.complete(opened));
  }

  private void onCommon(SerialFrame frame) {
    if (session == null) {
      if (role != Role.TERMINAL || !confirmed || stopping) {
        return; // a stray frame from a session that is over: ignored, as nothing expects it
      }
      sessions++;
      session = newSession(connectionIdPrefix + "-" + sessions);
      session.start(acceptor);
    }
    if (frame.isAck()) {
      session.acknowledged(frame.ack());
    }
    if (frame.isData()) {
      write(SerialFrame.ack(frame.id()));
      session.received(frame.id(), frame.payload());
    }
  }

  private void onClose(SerialFrame frame) {
    if (frame.isCloseConfirmation()) {
      if (session != null) {
        session.closeConfirmed();
      }
      return;
    }
    write(SerialFrame.close(frame.closeCode(), frame.closeReason(), true));
    if (session != null) {
      session.closeRequested(frame.closeCode(), frame.closeReason());
    }
  }

  private SerialConnection newSession(String id) {
    return new SerialConnection(this, id, maxFrameChars, options, runtime);
  }

  /** Called by the session when it ended, under this link's lock. */
  void sessionEnded(SerialConnection ended) {
    if (session != ended) {
      return;
    }
    session = null;
    confirmed = false;
    if (role == Role.POS) {
      closeLine();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Failures and the end
  // ---------------------------------------------------------------------------------------------

  private void handshakeTimedOut(Duration connectTimeout) {
    synchronized (this) {
      if (connecting.isDone()) {
        return;
      }
      failConnect(
          new TransportException(
              Kind.CONNECT_TIMEOUT,
              "no handshake confirm on "
                  + line.name()
                  + " within "
                  + connectTimeout.toMillis()
                  + " ms: is the terminal's cashier app running on the other end?"));
    }
    closeLine();
  }

  private void failConnect(TransportException failure) {
    cancel(handshakeTimer, connectTimer);
    connecting.completeExceptionally(failure);
  }

  private void lineLost(IOException cause) {
    synchronized (this) {
      if (lineClosed.isDone() || stopping && session == null) {
        closeLine();
        return;
      }
      if (connecting != null && !connecting.isDone()) {
        failConnect(
            new TransportException(
                Kind.CONNECT_FAILED,
                "serial line " + line.name() + " lost: " + cause.getMessage()));
      }
      if (session != null) {
        session.end(
            CloseCodes.ABNORMAL, "serial line " + line.name() + " lost: " + cause.getMessage());
      }
    }
    closeLine();
  }

  private void closeLine() {
    synchronized (this) {
      if (stopping && lineClosed.isDone()) {
        return;
      }
      stopping = true;
    }
    writer.closeLineAfterWrites(
        () -> {
          synchronized (this) {
            if (lineClosed.isDone()) {
              return;
            }
            lineClosed.complete(null);
          }
          onEnd.accept(this);
        });
  }

  private static void awaitQuietly(CompletableFuture<Void> done, Duration patience) {
    try {
      done.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      LOG.log(System.Logger.Level.DEBUG, "serial link did not finish closing in time");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException unexpected) {
      LOG.log(System.Logger.Level.DEBUG, "serial link closing failed", unexpected.getCause());
    }
  }

  private static void cancel(ScheduledFuture<?>... timers) {
    for (ScheduledFuture<?> timer : timers) {
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }
}
