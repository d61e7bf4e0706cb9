package io.ecrhub.protocol.spi;

import java.util.concurrent.CompletionStage;

/**
 * One open link between two peers that carries frames both ways: text frames, and binary frames for
 * peers that send their JSON that way.
 */
public interface Connection {

  /**
   * A short identifier for logs, unique within the transport instance.
   *
   * @return the identifier
   */
  String id();

  /**
   * The peer's address as text, for logs ({@code 127.0.0.1:53122}, {@code loopback:terminal}).
   *
   * @return the address
   */
  String remoteAddress();

  /**
   * Whether the connection is open. A hint, not a promise: it may close the next moment, so a send
   * must still expect {@link TransportException.Kind#NOT_OPEN}.
   *
   * @return false once the connection is closed or closing
   */
  boolean isOpen();

  /**
   * Sends one text frame. The stage completes when the transport has handed the frame to the wire,
   * and fails with {@link TransportException} when it could not ({@link
   * TransportException.Kind#NOT_OPEN} when the connection was already closed: then nothing left).
   * Frames sent from one thread reach the peer in the order they were sent (the contract kit checks
   * it); frames sent from several threads at once may interleave in any order, never corrupt.
   *
   * @param text the frame's text
   * @return completes once the frame is handed to the wire, not when the peer has read it
   */
  CompletionStage<Void> send(String text);

  /**
   * Sends one binary frame, under the same contract as {@link #send(String)}: the stage completes
   * when the frame was handed to the wire and fails with {@link TransportException} ({@link
   * TransportException.Kind#NOT_OPEN} when nothing left); frames sent from one thread, text or
   * binary, reach the peer in the order they were sent. The receiver's frame limit applies to the
   * text the bytes carry.
   *
   * @param data the frame's bytes, normally UTF-8 JSON
   * @return completes once the frame is handed to the wire
   */
  CompletionStage<Void> sendBinary(byte[] data);

  /**
   * Closes the connection with a close code ({@link CloseCodes}) and a short reason. Idempotent;
   * the listener's {@code onClose} follows once.
   *
   * <p>A code no close frame may carry (1004–1006, 1015, the rest of 1016–2999, anything outside
   * 1000–4999) is refused before anything happens, so that no transport sends what a peer following
   * RFC 6455 would fail the connection for; the connection stays open. Transports check it with
   * {@link io.ecrhub.protocol.spi.support.CloseStatus}.
   *
   * @param code the close code, e.g. {@link CloseCodes#NORMAL}
   * @param reason a short reason for the peer and the logs, or null for none; a WebSocket close
   *     frame holds at most 123 bytes of it ({@link io.ecrhub.protocol.spi.support.CloseStatus})
   * @throws IllegalArgumentException when a close frame may not carry {@code code}; it names the
   *     code
   */
  void close(int code, String reason);

  /**
   * Whether {@link #ping()} is supported; transports without it get heartbeats instead.
   *
   * @return false unless the transport overrides it
   */
  default boolean supportsPing() {
    return false;
  }

  /**
   * Sends a transport-level ping; the peer's pong arrives at {@link ConnectionListener#onPong}.
   *
   * @return completes once the ping is handed to the wire
   * @throws UnsupportedOperationException when {@link #supportsPing()} is false
   */
  default CompletionStage<Void> ping() {
    throw new UnsupportedOperationException(getClass().getName() + " has no ping");
  }
}
