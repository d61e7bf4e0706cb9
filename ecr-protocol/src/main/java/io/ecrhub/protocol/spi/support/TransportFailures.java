package io.ecrhub.protocol.spi.support;

import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.net.URI;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * The {@link TransportException}s every transport reports, worded alike, so that the engine and the
 * people reading its logs see the same failure the same way whatever carries the frames.
 */
public final class TransportFailures {

  private TransportFailures() {}

  /**
   * A send or ping on a connection that was already closed: nothing left.
   *
   * @param connectionId the connection's {@code id()}
   * @return a {@link Kind#NOT_OPEN} failure
   */
  public static TransportException notOpen(String connectionId) {
    return new TransportException(
        Kind.NOT_OPEN, "connection " + connectionId + " is closed; nothing was sent");
  }

  /**
   * Writing failed part-way: the peer may or may not have the frame.
   *
   * @param connectionId the connection's {@code id()}
   * @param cause the library's failure; its innermost message is quoted; may be null
   * @return a {@link Kind#SEND_FAILED} failure
   */
  public static TransportException sendFailed(String connectionId, Throwable cause) {
    return new TransportException(
        Kind.SEND_FAILED,
        "connection " + connectionId + " failed while writing a frame: " + describe(cause),
        cause);
  }

  /**
   * What a failed connect attempt means: {@link Kind#TLS_FAILED} when a TLS or certificate error is
   * anywhere in the cause chain (libraries wrap it in their own exceptions), {@link
   * Kind#CONNECT_TIMEOUT} when the attempt's deadline had passed, else {@link Kind#CONNECT_FAILED}.
   *
   * @param endpoint the address the attempt was for; quoted in the message as given, a password in
   *     it included
   * @param failure the library's failure; may be null
   * @param deadlinePassed whether the connect timeout had run out when the attempt failed
   * @return the failure, with {@code failure} as its cause
   */
  public static TransportException connectFailed(
      URI endpoint, Throwable failure, boolean deadlinePassed) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException || cause instanceof CertificateException) {
        return new TransportException(
            Kind.TLS_FAILED,
            "TLS handshake with " + endpoint + " failed: " + cause.getMessage(),
            failure);
      }
    }
    if (deadlinePassed) {
      return connectTimedOut(endpoint, failure);
    }
    return new TransportException(
        Kind.CONNECT_FAILED,
        "could not connect to " + endpoint + ": " + describe(failure),
        failure);
  }

  /**
   * Refused or unreachable, for a reason the transport states itself.
   *
   * @param endpoint the address the attempt was for
   * @param why the reason, e.g. the HTTP status of a refused WebSocket upgrade
   * @return a {@link Kind#CONNECT_FAILED} failure
   */
  public static TransportException connectRefused(URI endpoint, String why) {
    return new TransportException(
        Kind.CONNECT_FAILED, "could not connect to " + endpoint + ": " + why);
  }

  /**
   * No connection within the connect timeout; {@code cause} may be null.
   *
   * @param endpoint the address the attempt was for
   * @param cause what the library reported, or null when the deadline alone ended the attempt
   * @return a {@link Kind#CONNECT_TIMEOUT} failure
   */
  public static TransportException connectTimedOut(URI endpoint, Throwable cause) {
    return new TransportException(
        Kind.CONNECT_TIMEOUT, "no connection to " + endpoint + " within the timeout", cause);
  }

  /**
   * The transport was closed before the connection opened.
   *
   * @param endpoint the address the attempt was for
   * @return a {@link Kind#CONNECT_FAILED} failure
   */
  public static TransportException transportClosed(URI endpoint) {
    return new TransportException(
        Kind.CONNECT_FAILED, "the transport was closed before " + endpoint + " was connected");
  }

  /**
   * A server could not listen where it was asked to.
   *
   * @param host the address asked for
   * @param port the port asked for; 0 for an ephemeral one
   * @param why what went wrong, in a few words
   * @param cause the library's failure, or null
   * @return a {@link Kind#BIND_FAILED} failure
   */
  public static TransportException bindFailed(String host, int port, String why, Throwable cause) {
    return new TransportException(
        Kind.BIND_FAILED, "could not listen on " + host + ":" + port + ": " + why, cause);
  }

  /** The innermost message, which is the one that says what happened ("Connection refused"). */
  private static String describe(Throwable failure) {
    if (failure == null) {
      return "unknown failure";
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
