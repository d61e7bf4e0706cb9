package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/** Maps what {@code HttpClient.newWebSocketBuilder().buildAsync} fails with to the SPI's kinds. */
final class ConnectFailures {

  private ConnectFailures() {}

  static TransportException classify(URI endpoint, Throwable failure) {
    Throwable unwrapped =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    for (Throwable cause = unwrapped; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException || cause instanceof CertificateException) {
        return new TransportException(
            Kind.TLS_FAILED,
            "TLS handshake with " + endpoint + " failed: " + cause.getMessage(),
            unwrapped);
      }
      if (cause instanceof HttpTimeoutException) {
        return new TransportException(
            Kind.CONNECT_TIMEOUT,
            "no connection to " + endpoint + " within the timeout",
            unwrapped);
      }
    }
    return new TransportException(
        Kind.CONNECT_FAILED,
        "could not connect to " + endpoint + ": " + describe(unwrapped),
        unwrapped);
  }

  /** The innermost message, which says what happened ("Connection refused"). */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
