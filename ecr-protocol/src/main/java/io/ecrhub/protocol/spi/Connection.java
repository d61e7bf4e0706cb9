package io.ecrhub.protocol.spi;

import java.util.concurrent.CompletionStage;

/**
 * One open link between two peers that carries frames both ways: text frames, and binary frames for
 * peers that send their JSON that way.
 */
public interface Connection {

  /** A short identifier for logs, unique within the transport instance. */
  String id();

  /** The peer's address as text, for logs ({@code 127.0.0.1:53122}, {@code loopback:terminal}). */
  String remoteAddress();

  /**
   * Whether the connection is open. A hint, not a promise: it may close the next moment, so a send
   * must still expect {@link TransportException.Kind#NOT_OPEN}.
   */
  boolean isOpen();

  /**
   * Sends one text frame. The stage completes when the transport has handed the frame to the wire,
   * and fails with {@link TransportException} when it could not ({@link
   * TransportException.Kind#NOT_OPEN} when the connection was already closed: then nothing left).
   * Frames sent from one thread reach the peer in the order they were sent (the contract kit checks
   * it); frames sent from several threads at once may interleave in any order, never corrupt.
   */
  CompletionStage<Void> send(String text);

  /**
   * Sends one binary frame, under the same contract as {@link #send(String)}: the stage completes
   * when the frame was handed to the wire and fails with {@link TransportException} ({@link
   * TransportException.Kind#NOT_OPEN} when nothing left); frames sent from one thread, text or
   * binary, reach the peer in the order they were sent. The receiver's frame limit applies to the
   * text the bytes carry.
   */
  CompletionStage<Void> sendBinary(byte[] data);

  /**
   * Closes the connection with a close code ({@link CloseCodes}) and a short reason. Idempotent;
   * the listener's {@code onClose} follows once.
   */
  void close(int code, String reason);

  /** Whether {@link #ping()} is supported; transports without it get heartbeats instead. */
  default boolean supportsPing() {
    return false;
  }

  /**
   * Sends a transport-level ping; the peer's pong arrives at {@link ConnectionListener#onPong}.
   *
   * @throws UnsupportedOperationException when {@link #supportsPing()} is false
   */
  default CompletionStage<Void> ping() {
    throw new UnsupportedOperationException(getClass().getName() + " has no ping");
  }
}
