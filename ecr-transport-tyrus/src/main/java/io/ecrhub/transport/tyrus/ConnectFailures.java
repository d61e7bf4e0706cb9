package io.ecrhub.transport.tyrus;

import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.net.URI;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * Maps what Tyrus throws when a connect fails to a typed {@link TransportException}. Tyrus wraps
 * everything in {@code DeploymentException}s ("Connection failed.", "Handshake error."), so the
 * cause chain is what tells the cases apart.
 */
final class ConnectFailures {

  private ConnectFailures() {}

  static TransportException classify(URI endpoint, Throwable failure, boolean deadlinePassed) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException || cause instanceof CertificateException) {
        return new TransportException(
            Kind.TLS_FAILED,
            "TLS handshake with " + endpoint + " failed: " + cause.getMessage(),
            failure);
      }
    }
    if (deadlinePassed) {
      return timedOut(endpoint, failure);
    }
    return new TransportException(
        Kind.CONNECT_FAILED,
        "could not connect to " + endpoint + ": " + describe(failure),
        failure);
  }

  static TransportException timedOut(URI endpoint, Throwable cause) {
    return new TransportException(
        Kind.CONNECT_TIMEOUT, "no connection to " + endpoint + " within the timeout", cause);
  }

  static TransportException transportClosed(URI endpoint) {
    return new TransportException(
        Kind.CONNECT_FAILED, "the transport was closed before " + endpoint + " was connected");
  }

  /** The innermost message, which is the one that says what happened ("Connection refused"). */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
