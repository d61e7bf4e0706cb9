package io.ecrhub.protocol.spi;

import java.util.Objects;

/** A transport could not do what was asked; {@link #kind()} says what, for code to decide on. */
public final class TransportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What failed. */
  public enum Kind {
    /** The peer refused or could not be reached. Nothing was sent. */
    CONNECT_FAILED,
    /** No connection within the connect timeout. Nothing was sent. */
    CONNECT_TIMEOUT,
    /** The TLS handshake or host name verification failed. Nothing was sent. */
    TLS_FAILED,
    /** The connection was already closed when a frame was to be sent. The frame did not leave. */
    NOT_OPEN,
    /** Sending failed part-way: the peer may or may not have received the frame. */
    SEND_FAILED,
    /** A server could not bind its address. */
    BIND_FAILED
  }

  private final Kind kind;

  /**
   * A failure of {@code kind} caused by {@code cause}.
   *
   * @param kind what failed; not null
   * @param message what happened, for logs and error messages
   * @param cause the underlying failure, or null
   */
  public TransportException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * A failure of {@code kind} without an underlying cause.
   *
   * @param kind what failed; not null
   * @param message what happened
   */
  public TransportException(Kind kind, String message) {
    this(kind, message, null);
  }

  /**
   * What failed, for code to decide on.
   *
   * @return the kind; never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * True when the failure proves that nothing reached the peer: a request that failed so can be
   * sent again without the risk of paying twice.
   *
   * @return false for {@link Kind#SEND_FAILED} only
   */
  public boolean nothingSent() {
    return kind != Kind.SEND_FAILED;
  }
}
