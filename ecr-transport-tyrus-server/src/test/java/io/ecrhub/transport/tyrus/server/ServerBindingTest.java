package io.ecrhub.transport.tyrus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerBindingTest {

  private static final Path PROC_TCP = Path.of("/proc/net/tcp");
  private static final Path PROC_TCP6 = Path.of("/proc/net/tcp6");
  private static final String LISTEN = "0A";

  private TyrusClientTransport client;

  @BeforeEach
  void start() {
    client = new TyrusClientTransport();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private Connection connect(LoopbackServer server, RecordingListener listener) throws Exception {
    return client
        .connect(server.address(), ConnectOptions.defaults(), listener)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void it_listens_on_the_requested_loopback_address_only_and_on_an_ephemeral_port()
      throws Exception {
    assumeTrue(Files.isReadable(PROC_TCP), "needs Linux /proc/net/tcp");
    try (LoopbackServer server = LoopbackServer.echo()) {
      int port = server.binding.port();

      assertThat(port).isPositive().isNotEqualTo(8025);
      assertThat(server.address().toString()).isEqualTo("ws://127.0.0.1:" + port);
      // A JDK socket is dual-stack: 127.0.0.1 shows in tcp6 as ::ffff:127.0.0.1, the wildcard as
      // 0.0.0.0 in tcp or :: in tcp6.
      List<InetAddress> listening = new ArrayList<>(listeningAddresses(PROC_TCP, port));
      if (Files.isReadable(PROC_TCP6)) {
        listening.addAll(listeningAddresses(PROC_TCP6, port));
      }
      assertThat(listening)
          .as("addresses listening on port %d", port)
          .containsExactly(InetAddress.getByName("127.0.0.1"));
    }
  }

  /** The local addresses of the sockets in a /proc table listening on {@code port}. */
  private static List<InetAddress> listeningAddresses(Path table, int port) throws IOException {
    String portSuffix = String.format(Locale.ROOT, ":%04X", port);
    List<InetAddress> addresses = new ArrayList<>();
    List<String> lines = Files.readAllLines(table);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.trim().split("\\s+");
      if (fields[3].equals(LISTEN) && fields[1].endsWith(portSuffix)) {
        addresses.add(decode(fields[1].substring(0, fields[1].indexOf(':'))));
      }
    }
    return addresses;
  }

  /** /proc prints an address as 32-bit words, each in little-endian byte order. */
  private static InetAddress decode(String hex) throws IOException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int at = (word * 4 + 3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes);
  }

  @Test
  void an_oversized_frame_closes_that_connection_with_1009_and_no_other() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start(new TyrusServerTransport(), 1000, RecordingListener::echoing)) {
      RecordingListener offender = new RecordingListener();
      RecordingListener bystander = new RecordingListener();
      Connection offending = connect(server, offender);
      Connection innocent = connect(server, bystander);

      offending.send("z".repeat(1001));
      offender.awaitClose();
      innocent.send("still here").toCompletableFuture().get(10, TimeUnit.SECONDS);

      assertThat(offender.closed.get().code()).isEqualTo(CloseCodes.TOO_BIG);
      assertThat(server.acceptedListener(0).awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
      assertThat(bystander.nextText()).isEqualTo("still here");
      assertThat(innocent.isOpen()).isTrue();
      assertThat(server.acceptedListener(0).texts).isEmpty();
    }
  }

  @Test
  void a_frame_far_over_the_server_limit_closes_with_1009_not_tyrus_1011() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start(new TyrusServerTransport(), 1000, RecordingListener::echoing)) {
      RecordingListener offender = new RecordingListener();
      Connection offending = connect(server, offender);

      offending.send("w".repeat(3 << 20));

      assertThat(offender.awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
      assertThat(server.acceptedListener(0).awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
    }
  }

  @Test
  void closing_the_binding_closes_every_connection_with_1001_and_stops_its_threads()
      throws Exception {
    LoopbackServer server = LoopbackServer.echo();
    RecordingListener first = new RecordingListener();
    RecordingListener second = new RecordingListener();
    connect(server, first);
    connect(server, second);
    server.acceptedListener(1).opened.get(10, TimeUnit.SECONDS);

    server.close();

    assertThat(first.awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(second.awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(server.acceptedListener(0).closes)
        .containsExactly(new RecordingListener.Close(1001, "server shutting down"));
    assertThat(server.acceptedListener(1).closes).hasSize(1);
    ThreadsAssert.awaitNoThreadNamed("ecr-tyrus-server");
  }

  @Test
  void binding_a_port_in_use_fails_with_BIND_FAILED() throws Exception {
    try (LoopbackServer server = LoopbackServer.echo()) {
      BindOptions samePort = new BindOptions("127.0.0.1", server.binding.port(), 1000);
      List<String> threadsBefore = ThreadsAssert.namesContaining("ecr-tyrus-server");

      ExecutionException failure =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class,
              () ->
                  new TyrusServerTransport()
                      .bind(samePort, connection -> new RecordingListener())
                      .toCompletableFuture()
                      .get(10, TimeUnit.SECONDS));

      assertThat(failure.getCause())
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(TransportException.Kind.BIND_FAILED);
                assertThat(e.getMessage()).contains("127.0.0.1:" + server.binding.port());
              });
      // The failed binding started threads of its own; none may outlive the failure.
      org.awaitility.Awaitility.await()
          .atMost(10, TimeUnit.SECONDS)
          .until(() -> ThreadsAssert.namesContaining("ecr-tyrus-server"), threadsBefore::equals);
    }
  }

  @Test
  void an_acceptor_that_throws_gets_its_connection_closed_with_1011() throws Exception {
    ServerBinding binding =
        new TyrusServerTransport()
            .bind(
                BindOptions.loopbackEphemeral(),
                connection -> {
                  throw new IllegalStateException("simulator bug");
                })
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    try {
      RecordingListener listener = new RecordingListener();
      client
          .connect(binding.address(), ConnectOptions.defaults(), listener)
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);

      assertThat(listener.awaitClose().code()).isEqualTo(CloseCodes.INTERNAL_ERROR);
    } finally {
      binding.close();
    }
  }
}
