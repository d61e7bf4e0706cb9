package io.ecrhub.transport.tyrus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectFailureTest {

  private final TyrusClientTransport client = new TyrusClientTransport();

  @AfterEach
  void stop() {
    client.close();
  }

  private static TransportException failureOf(CompletionStage<?> stage) {
    ExecutionException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> stage.toCompletableFuture().get(20, TimeUnit.SECONDS));
    assertThat(failure.getCause()).isInstanceOf(TransportException.class);
    return (TransportException) failure.getCause();
  }

  @Test
  void a_port_nobody_listens_on_fails_with_CONNECT_FAILED() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    RecordingListener listener = new RecordingListener();

    TransportException failure =
        failureOf(
            client.connect(
                URI.create("ws://127.0.0.1:" + closedPort), ConnectOptions.defaults(), listener));

    assertThat(failure.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(failure.nothingSent()).isTrue();
    assertThat(failure.getMessage()).contains("127.0.0.1:" + closedPort);
    assertThat(listener.opens).hasValue(0);
    assertThat(listener.closes).isEmpty();
  }

  @Test
  void a_peer_that_accepts_tcp_but_never_answers_the_upgrade_fails_with_CONNECT_TIMEOUT()
      throws Exception {
    // The kernel completes the TCP handshake from the backlog; nobody ever reads or replies.
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      RecordingListener listener = new RecordingListener();

      TransportException failure =
          failureOf(
              client.connect(
                  URI.create("ws://127.0.0.1:" + silent.getLocalPort()),
                  ConnectOptions.defaults().withConnectTimeout(Duration.ofMillis(300)),
                  listener));

      assertThat(failure.kind()).isEqualTo(Kind.CONNECT_TIMEOUT);
      assertThat(listener.opens).hasValue(0);
      // The attempt was aborted, not left to hang: the peer sees the upgrade request, then EOF.
      silent.setSoTimeout(10_000);
      try (Socket accepted = silent.accept()) {
        byte[] received = accepted.getInputStream().readAllBytes();
        assertThat(new String(received, StandardCharsets.ISO_8859_1)).startsWith("GET ");
      }
    }
  }

  @Test
  void a_path_the_server_does_not_serve_fails_with_CONNECT_FAILED() throws Exception {
    try (LoopbackServer server = LoopbackServer.echo()) {
      TransportException failure =
          failureOf(
              client.connect(
                  server.address().resolve("/no/such/endpoint"),
                  ConnectOptions.defaults(),
                  new RecordingListener()));

      assertThat(failure.kind()).isEqualTo(Kind.CONNECT_FAILED);
    }
  }

  @Test
  void only_ws_and_wss_uris_with_a_host_are_supported() {
    assertThat(client.supports(URI.create("ws://10.0.0.8:35779"))).isTrue();
    assertThat(client.supports(URI.create("WSS://terminal.local:35779"))).isTrue();
    assertThat(client.supports(URI.create("http://10.0.0.8:35779"))).isFalse();
    assertThat(client.supports(URI.create("loopback:terminal"))).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                client.connect(
                    URI.create("http://10.0.0.8:35779"),
                    ConnectOptions.defaults(),
                    new RecordingListener()))
        .withMessageContaining("endpoint")
        .withMessageContaining("http://10.0.0.8:35779");
  }

  @Test
  void an_upper_case_scheme_connects_like_a_lower_case_one() throws Exception {
    try (LoopbackServer server = LoopbackServer.echo()) {
      URI shouting = URI.create("WS://127.0.0.1:" + server.binding.port());

      assertThat(
              client
                  .connect(shouting, ConnectOptions.defaults(), new RecordingListener())
                  .toCompletableFuture()
                  .get(10, TimeUnit.SECONDS)
                  .isOpen())
          .isTrue();
    }
  }

  @Test
  void connecting_after_close_fails_with_CONNECT_FAILED() {
    client.close();

    TransportException failure =
        failureOf(
            client.connect(
                URI.create("ws://127.0.0.1:1"),
                ConnectOptions.defaults(),
                new RecordingListener()));

    assertThat(failure.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(failure.getMessage()).contains("closed");
  }
}
