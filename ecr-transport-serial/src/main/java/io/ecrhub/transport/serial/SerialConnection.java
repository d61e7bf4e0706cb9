package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.MalformedFrameException;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.protocol.spi.support.CloseStatus;
import io.ecrhub.protocol.spi.support.ConnectionEvents;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.protocol.spi.support.TransportFailures;
import io.ecrhub.transport.serial.wire.SerialFrame;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;

/**
 * One session over a serial line, from the handshake to its close: the SPI's {@link Connection}.
 *
 * <p>Sending is stop-and-wait, as the vendor's SDK sends: one data frame is on the line at a time,
 * resent every {@link SerialOptions#resendInterval()} until the peer acknowledges its id, and the
 * next waits behind it. That keeps frames in order and makes a duplicate (a resend whose ACK was
 * lost) recognisable on the receiving end by its id being the one last delivered. A send's stage
 * completes when the peer acknowledged the frame; it fails with {@link Kind#SEND_FAILED} at the
 * {@link SerialOptions#sendDeadline()} (the peer may or may not have the frame) and with {@link
 * Kind#NOT_OPEN} when the session closed before the frame left.
 *
 * <p>A data frame's payload is the message's UTF-8 bytes, whether it was sent with {@link #send} or
 * {@link #sendBinary}: the vendor's framing has no text/binary distinction. What arrives is
 * delivered to {@code onText} when it is UTF-8, else reported to {@code onError} as a {@link
 * MalformedFrameException} (the connection goes on). Events go through the SPI's {@link
 * ConnectionEvents} on the transport's pool, never on the reader's thread under the link's lock.
 *
 * <p>Every field is guarded by the link's lock.
 */
public final class SerialConnection implements Connection {

  private enum State {
    OPEN,
    CLOSING,
    CLOSED
  }

  private record Outgoing(byte[] payload, CompletableFuture<Void> sent) {}

  private final SerialLink link;
  private final String id;
  private final int maxFrameChars;
  private final SerialOptions options;
  private final SerialRuntime runtime;
  private final ConnectionEvents events;
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();

  private volatile State state = State.OPEN;
  private Outgoing inFlight;
  private byte[] inFlightFrame;
  private long inFlightDeadline;
  private int lastSentId;
  private int lastDeliveredId;
  private int closeCode;
  private String closeReason;
  private long closeDeadline;
  private volatile long lastHeardNanos = System.nanoTime();
  private ScheduledFuture<?> resendTimer;
  private ScheduledFuture<?> heartbeatTimer;
  private ScheduledFuture<?> silenceTimer;
  private ScheduledFuture<?> closeTimer;

  private long dataFramesSent;
  private long resends;
  private long failedSends;
  private long dataFramesReceived;
  private long duplicatesIgnored;

  SerialConnection(
      SerialLink link, String id, int maxFrameChars, SerialOptions options, SerialRuntime runtime) {
    this.link = link;
    this.id = id;
    this.maxFrameChars = maxFrameChars;
    this.options = options;
    this.runtime = runtime;
    this.events = ConnectionEvents.on(runtime.pool(), this, new FrameLimit(maxFrameChars));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String remoteAddress() {
    return "serial:" + link.lineName();
  }

  @Override
  public boolean isOpen() {
    return state == State.OPEN;
  }

  /**
   * What this session's line saw so far; callable from any thread, also after the close.
   *
   * @return a consistent snapshot of the counters, taken under the link's lock
   */
  public LinkStats stats() {
    synchronized (link) {
      return new LinkStats(
          dataFramesSent,
          resends,
          failedSends,
          dataFramesReceived,
          duplicatesIgnored,
          link.brokenFrames(),
          link.skippedBytes());
    }
  }

  /**
   * Sends one message as one data frame. Fails at once, with nothing sent, when the message's UTF-8
   * form is larger than one frame carries ({@value SerialFrame#MAX_PAYLOAD_BYTES} bytes; the
   * vendor's framing has no continuation frames).
   */
  @Override
  public CompletionStage<Void> send(String text) {
    return sendPayload(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends {@code data} as one data frame's payload, like {@link #send}: the wire has only bytes.
   */
  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    return sendPayload(data.clone());
  }

  private CompletionStage<Void> sendPayload(byte[] payload) {
    if (payload.length > SerialFrame.MAX_PAYLOAD_BYTES) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              "text: "
                  + payload.length
                  + " bytes as UTF-8, but one serial frame carries at most "
                  + SerialFrame.MAX_PAYLOAD_BYTES
                  + "; nothing was sent"));
    }
    Outgoing outgoing = new Outgoing(payload, new CompletableFuture<>());
    synchronized (link) {
      if (state != State.OPEN) {
        return CompletableFuture.failedFuture(TransportFailures.notOpen(id));
      }
      queue.add(outgoing);
      if (inFlight == null) {
        sendNext();
      }
    }
    return outgoing.sent().copy();
  }

  @Override
  public void close(int code, String reason) {
    // the codes and reason length of a WebSocket close frame, so that the contract is the same
    CloseStatus status = CloseStatus.of(code, reason);
    synchronized (link) {
      if (state != State.OPEN) {
        return;
      }
      state = State.CLOSING;
      closeCode = status.code();
      closeReason = status.reason();
      failPending();
      link.write(SerialFrame.close(closeCode, closeReason, false));
      closeDeadline = System.nanoTime() + options.closeTimeout().toNanos();
      closeTimer = runtime.every(options.resendInterval(), this::closeNotConfirmedYet);
    }
  }

  /** The session's life ends, once; {@code onClose} follows. Called under the link's lock. */
  void end(int code, String reason) {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    cancel(resendTimer, heartbeatTimer, silenceTimer, closeTimer);
    failPending();
    events.closed(code, reason);
    ended.complete(null);
    link.sessionEnded(this);
  }

  /** Completes when the session ended ({@code onClose} is on its way to the listener). */
  CompletableFuture<Void> ended() {
    return ended;
  }

  boolean isClosing() {
    return state == State.CLOSING;
  }

  /** The peer confirmed the close this end asked for. Under the link's lock. */
  void closeConfirmed() {
    if (state == State.CLOSING) {
      end(closeCode, closeReason);
    }
  }

  /** The peer asked to close. Under the link's lock. */
  void closeRequested(int code, String reason) {
    if (state == State.OPEN) {
      end(code, reason);
    } else if (state == State.CLOSING) {
      // both ends closed at once: each reports its own code, as WebSocket does
      end(closeCode, closeReason);
    }
  }

  /**
   * Starts the POS's session: {@code onOpen}, then {@code afterOnOpen}; heartbeats, the silence
   * watch. Under the link's lock.
   */
  void start(ConnectionListener listener, Runnable afterOnOpen) {
    events.open(new OpenAnnouncingListener(listener, afterOnOpen));
    startKeepingAlive();
  }

  /**
   * Starts a terminal's session: the acceptor runs on the pool, off the link's lock, and events
   * that arrive meanwhile wait behind its {@code onOpen}. Under the link's lock.
   */
  void start(ConnectionAcceptor acceptor) {
    runtime.settle(
        () -> {
          ConnectionListener listener;
          try {
            listener = acceptor.accept(this);
          } catch (RuntimeException refused) {
            close(CloseCodes.INTERNAL_ERROR, "the terminal's acceptor failed: " + refused);
            return;
          }
          events.open(listener);
        });
    startKeepingAlive();
  }

  private void startKeepingAlive() {
    heartbeatTimer =
        runtime.everyFromNow(
            options.heartbeatInterval(), () -> link.write(SerialFrame.heartbeat()));
    silenceTimer = runtime.after(options.silenceLimit(), this::checkSilence);
  }

  /** Any good frame from the peer proves it is alive. */
  void heard() {
    lastHeardNanos = System.nanoTime();
  }

  /** The peer acknowledged data frame {@code ackId}. Under the link's lock. */
  void acknowledged(int ackId) {
    if (inFlight == null || ackId != lastSentId) {
      return; // a late ACK of a frame already settled
    }
    Outgoing done = inFlight;
    cancel(resendTimer);
    inFlight = null;
    dataFramesSent++;
    runtime.settle(() -> done.sent().complete(null));
    sendNext();
  }

  /** A data frame arrived (its ACK is already on the way). Under the link's lock. */
  void received(int frameId, byte[] payload) {
    if (frameId == lastDeliveredId) {
      duplicatesIgnored++;
      return;
    }
    lastDeliveredId = frameId;
    dataFramesReceived++;
    if (state != State.OPEN) {
      return;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(payload))
              .toString();
    } catch (CharacterCodingException notText) {
      events.error(new MalformedFrameException(payload.length, notText));
      return;
    }
    events.text(text); // over the limit: ConnectionEvents closes with 1009 instead
  }

  private void sendNext() {
    inFlight = queue.poll();
    if (inFlight == null) {
      return;
    }
    lastSentId = lastSentId == 0xFF ? 1 : lastSentId + 1;
    inFlightFrame = SerialFrame.data(lastSentId, inFlight.payload()).encode();
    inFlightDeadline = System.nanoTime() + options.sendDeadline().toNanos();
    link.writeBytes(inFlightFrame);
    resendTimer = runtime.every(options.resendInterval(), this::resendIfUnacknowledged);
  }

  private void resendIfUnacknowledged() {
    synchronized (link) {
      if (inFlight == null || state != State.OPEN) {
        return;
      }
      if (System.nanoTime() - inFlightDeadline >= 0) {
        Outgoing given = inFlight;
        cancel(resendTimer);
        inFlight = null;
        failedSends++;
        fail(
            given,
            Kind.SEND_FAILED,
            "no ACK for data frame "
                + lastSentId
                + " within "
                + options.sendDeadline()
                + ": the peer may or may not have received it");
        sendNext();
        return;
      }
      resends++;
      link.writeBytes(inFlightFrame);
    }
  }

  private void closeNotConfirmedYet() {
    synchronized (link) {
      if (state != State.CLOSING) {
        return;
      }
      if (System.nanoTime() - closeDeadline >= 0) {
        end(closeCode, closeReason);
      } else {
        link.write(SerialFrame.close(closeCode, closeReason, false));
      }
    }
  }

  private void checkSilence() {
    synchronized (link) {
      if (state != State.OPEN) {
        return;
      }
      long silentNanos = System.nanoTime() - lastHeardNanos;
      Duration limit = options.silenceLimit();
      if (silentNanos < limit.toNanos()) {
        silenceTimer = runtime.after(limit.minusNanos(silentNanos), this::checkSilence);
        return;
      }
      String reason = "no frame from the peer for " + limit.toMillis() + " ms";
      link.write(SerialFrame.close(CloseCodes.KEEP_ALIVE_TIMEOUT, reason, false));
      end(CloseCodes.KEEP_ALIVE_TIMEOUT, reason);
    }
  }

  private void failPending() {
    if (inFlight != null) {
      Outgoing given = inFlight;
      inFlight = null;
      cancel(resendTimer);
      fail(
          given,
          Kind.SEND_FAILED,
          "connection "
              + id
              + " closed before the peer acknowledged data frame "
              + lastSentId
              + ": it may or may not have arrived");
    }
    for (Outgoing waiting = queue.poll(); waiting != null; waiting = queue.poll()) {
      fail(waiting, TransportFailures.notOpen(id));
    }
  }

  private void fail(Outgoing outgoing, Kind kind, String message) {
    fail(outgoing, new TransportException(kind, message));
  }

  private void fail(Outgoing outgoing, TransportException failure) {
    runtime.settle(() -> outgoing.sent().completeExceptionally(failure));
  }

  private static void cancel(ScheduledFuture<?>... timers) {
    for (ScheduledFuture<?> timer : timers) {
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }

  @Override
  public String toString() {
    return "SerialConnection[" + id + " on " + link.lineName() + ", " + state + "]";
  }
}
