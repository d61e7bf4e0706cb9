package io.ecrhub.protocol.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

  private static final URI TERMINAL = URI.create("ws://192.0.2.1:35779");

  @Test
  void a_tls_failure_deep_in_a_library_wrapper_is_tls_failed() {
    Throwable wrapped =
        new IOException("Handshake error.", new SSLHandshakeException("PKIX path building failed"));

    TransportException failure = TransportFailures.connectFailed(TERMINAL, wrapped, false);

    assertThat(failure.kind()).isEqualTo(Kind.TLS_FAILED);
    assertThat(failure.getMessage()).contains(TERMINAL.toString()).contains("PKIX");
    assertThat(failure.nothingSent()).isTrue();
  }

  @Test
  void a_refusal_names_the_innermost_reason() {
    Throwable wrapped = new IOException("Connection failed.", new ConnectException("refused"));

    TransportException failure = TransportFailures.connectFailed(TERMINAL, wrapped, false);

    assertThat(failure.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(failure.getMessage()).endsWith("ConnectException refused");
  }

  @Test
  void a_failure_after_the_deadline_is_a_timeout() {
    assertThat(TransportFailures.connectFailed(TERMINAL, new IOException("x"), true).kind())
        .isEqualTo(Kind.CONNECT_TIMEOUT);
  }

  @Test
  void send_failures_tell_whether_anything_left() {
    assertThat(TransportFailures.notOpen("c1").nothingSent()).isTrue();
    assertThat(TransportFailures.sendFailed("c1", new IOException("reset")).nothingSent())
        .isFalse();
  }
}
