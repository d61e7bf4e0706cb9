package io.ecrhub.transport.loopback;

import static io.ecrhub.transport.loopback.LoopbackFixture.join;
import static io.ecrhub.transport.loopback.LoopbackFixture.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.loopback.EventLog.Closed;
import io.ecrhub.transport.loopback.EventLog.Failed;
import io.ecrhub.transport.loopback.EventLog.Pong;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackTransportTest {

  private final LoopbackNetwork network = new LoopbackNetwork();

  @AfterEach
  void closeNetwork() {
    network.close();
  }

  @Test
  void port_zero_takes_the_next_ephemeral_number_and_the_address_names_the_binding() {
    LoopbackTransport terminal = network.newTransport();

    ServerBinding first = bind(terminal, "Terminal", 0);
    ServerBinding second = bind(terminal, "terminal", 0);
    ServerBinding fixed = bind(terminal, "terminal", 7000);

    assertThat(first.address()).isEqualTo(URI.create("loopback://terminal:49152"));
    assertThat(second.port()).isEqualTo(LoopbackNetwork.FIRST_EPHEMERAL_PORT + 1);
    assertThat(fixed.address()).isEqualTo(URI.create("loopback://terminal:7000"));
  }

  @Test
  void binding_a_taken_address_fails_with_bind_failed() {
    LoopbackTransport terminal = network.newTransport();
    bind(terminal, "terminal", 7000);

    assertFailsWith(
        terminal.bind(new BindOptions("terminal", 7000, 100), connection -> new EventLog()),
        Kind.BIND_FAILED,
        "already bound");
  }

  @Test
  void a_name_that_cannot_be_a_uri_host_is_refused_naming_the_field() {
    assertFailsWith(
        network.newTransport().bind(new BindOptions("cash_desk", 0, 100), c -> new EventLog()),
        Kind.BIND_FAILED,
        "options.host");
  }

  @Test
  void connect_opens_both_sides_and_frames_go_both_ways() {
    try (LoopbackFixture fixture = LoopbackFixture.echo(network)) {
      EventLog client = new EventLog();
      AtomicBoolean openedBeforeCompletion = new AtomicBoolean();
      CompletableFuture<Connection> connecting =
          fixture
              .pos
              .connect(fixture.binding.address(), options(), client)
              .toCompletableFuture()
              .thenApply(
                  connection -> {
                    openedBeforeCompletion.set(client.connection() == connection);
                    return connection;
                  });
      Connection connection = join(connecting);
      client.expectOpened();
      EventLog server = fixture.nextAccepted();
      server.expectOpened();

      connection.send("hello");

      assertThat(client.nextText()).isEqualTo("hello");
      assertThat(server.nextText()).isEqualTo("hello");
      assertThat(openedBeforeCompletion).isTrue();
      assertThat(connection.isOpen()).isTrue();
      assertThat(connection.remoteAddress()).isEqualTo("loopback://terminal:49152");
      assertThat(server.connection().remoteAddress()).startsWith("loopback:");
      assertThat(server.connection().id()).isNotEqualTo(connection.id());
    }
  }

  @Test
  void connecting_to_an_unbound_address_fails_with_connect_failed() {
    assertFailsWith(
        network
            .newTransport()
            .connect(URI.create("loopback://nobody:1234"), options(), new EventLog()),
        Kind.CONNECT_FAILED,
        "could not connect to loopback://nobody:1234: nothing is bound there");
  }

  @Test
  void only_loopback_addresses_are_supported() {
    LoopbackTransport pos = network.newTransport();

    assertThat(pos.supports(URI.create("loopback://terminal:1"))).isTrue();
    assertThat(pos.supports(URI.create("ws://127.0.0.1:8025"))).isFalse();
    assertThatThrownBy(
            () -> pos.connect(URI.create("ws://127.0.0.1:8025"), options(), new EventLog()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint must look like loopback://name:port");
  }

  @Test
  void closing_the_binding_closes_its_connections_with_1001_and_frees_the_address() {
    try (LoopbackFixture fixture = LoopbackFixture.echo(network)) {
      EventLog client = new EventLog();
      Connection connection = fixture.connect(client);
      client.expectOpened();
      EventLog server = fixture.nextAccepted();
      server.expectOpened();

      fixture.binding.close();

      assertThat(client.nextClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
      assertThat(server.nextClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
      assertThat(connection.isOpen()).isFalse();
      assertFailsWith(
          fixture.pos.connect(fixture.binding.address(), options(), new EventLog()),
          Kind.CONNECT_FAILED,
          "nothing is bound");
      assertThat(bind(fixture.terminal, "terminal", fixture.binding.port()).address())
          .isEqualTo(fixture.binding.address());
    }
  }

  @Test
  void an_oversized_frame_closes_that_connection_with_1009_on_both_sides() {
    try (LoopbackFixture fixture = LoopbackFixture.echo(network)) {
      EventLog victim = new EventLog();
      Connection oversized = fixture.connect(victim);
      EventLog bystander = new EventLog();
      Connection other = fixture.connect(bystander);
      victim.expectOpened();
      bystander.expectOpened();

      oversized.send("x".repeat(LoopbackFixture.LIMIT));
      oversized.send("y".repeat(LoopbackFixture.LIMIT + 1));

      assertThat(victim.nextText()).hasSize(LoopbackFixture.LIMIT);
      Closed closed = victim.nextClose();
      assertThat(closed.code()).isEqualTo(CloseCodes.TOO_BIG);
      assertThat(closed.reason()).contains("1001 chars exceeds the limit of 1000");
      other.send("still here");
      assertThat(bystander.nextText()).isEqualTo("still here");
    }
  }

  @Test
  void a_listener_that_throws_is_told_through_on_error_and_keeps_its_connection() {
    try (LoopbackFixture fixture =
        new LoopbackFixture(
            network,
            () ->
                EventLog.reacting(
                    (connection, text) -> {
                      if (text.equals("boom")) {
                        throw new IllegalStateException("listener failed on purpose");
                      }
                      connection.send(text);
                    }))) {
      EventLog client = new EventLog();
      Connection connection = fixture.connect(client);
      client.expectOpened();
      EventLog server = fixture.nextAccepted();
      server.expectOpened();

      connection.send("boom");
      connection.send("after");

      assertThat(server.nextText()).isEqualTo("boom");
      assertThat(server.next())
          .isInstanceOfSatisfying(
              Failed.class,
              failed -> assertThat(failed.error()).hasMessage("listener failed on purpose"));
      assertThat(client.nextText()).isEqualTo("after");
      assertThat(server.connection().isOpen()).isTrue();
    }
  }

  @Test
  void a_failing_acceptor_closes_the_new_connection_with_1011() {
    ServerBinding binding =
        join(
            network
                .newTransport()
                .bind(
                    new BindOptions("terminal", 0, 100),
                    connection -> {
                      throw new IllegalStateException("acceptor failed on purpose");
                    }));
    EventLog client = new EventLog();

    join(network.newTransport().connect(binding.address(), options(), client));

    client.expectOpened();
    Closed closed = client.nextClose();
    assertThat(closed.code()).isEqualTo(CloseCodes.INTERNAL_ERROR);
    assertThat(closed.reason()).contains("acceptor failed on purpose");
  }

  @Test
  void a_close_arrives_behind_the_frames_sent_before_it() {
    try (LoopbackFixture fixture = LoopbackFixture.recording(network)) {
      EventLog client = new EventLog();
      Connection connection = fixture.connect(client);
      client.expectOpened();
      EventLog server = fixture.nextAccepted();
      server.expectOpened();

      server.connection().send("last reply");
      server.connection().close(CloseCodes.NORMAL, "done");

      assertThat(client.nextText()).isEqualTo("last reply");
      assertThat(client.nextClose()).isEqualTo(new Closed(CloseCodes.NORMAL, "done"));
      assertThat(server.nextClose()).isEqualTo(new Closed(CloseCodes.NORMAL, "done"));
      assertFailsWith(connection.send("too late"), Kind.NOT_OPEN, "closed");
      assertFailsWith(server.connection().send("too late"), Kind.NOT_OPEN, "closed");
    }
  }

  @Test
  void close_is_idempotent_and_on_close_fires_once() {
    LoopbackFixture fixture = LoopbackFixture.recording(network);
    EventLog client = new EventLog();
    Connection connection = fixture.connect(client);
    client.expectOpened();
    EventLog server = fixture.nextAccepted();
    server.expectOpened();

    connection.close(CloseCodes.NORMAL, "first");
    connection.close(CloseCodes.GOING_AWAY, "second");
    server.connection().close(CloseCodes.INTERNAL_ERROR, "crossing");
    fixture.pos.close();
    assertThat(client.nextClose()).isEqualTo(new Closed(CloseCodes.NORMAL, "first"));
    server.nextClose();
    // closing the network waits until every queued event has run: a second onClose would be there
    network.close();

    assertThat(client.pending()).isEmpty();
    assertThat(server.pending()).isEmpty();
  }

  @Test
  void ping_is_answered_with_pong_both_ways() {
    try (LoopbackFixture fixture = LoopbackFixture.recording(network)) {
      EventLog client = new EventLog();
      Connection connection = fixture.connect(client);
      client.expectOpened();
      EventLog server = fixture.nextAccepted();
      server.expectOpened();

      assertThat(connection.supportsPing()).isTrue();
      join(connection.ping());
      join(server.connection().ping());

      assertThat(client.next()).isInstanceOf(Pong.class);
      assertThat(server.next()).isInstanceOf(Pong.class);
    }
  }

  @Test
  void closing_a_transport_closes_its_own_connections_and_bindings_only() {
    try (LoopbackFixture fixture = LoopbackFixture.echo(network)) {
      EventLog client = new EventLog();
      Connection connection = fixture.connect(client);
      client.expectOpened();

      fixture.pos.close();

      assertThat(client.nextClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
      assertThat(connection.isOpen()).isFalse();
      assertFailsWith(
          fixture.pos.connect(fixture.binding.address(), options(), new EventLog()),
          Kind.CONNECT_FAILED,
          "the transport was closed");
      EventLog secondPos = new EventLog();
      Connection again =
          join(network.newTransport().connect(fixture.binding.address(), options(), secondPos));
      secondPos.expectOpened();
      again.send("terminal still serves");
      assertThat(secondPos.nextText()).isEqualTo("terminal still serves");
    }
  }

  @Test
  void closing_the_network_breaks_every_connection_with_1006_and_stops_its_threads() {
    LoopbackFixture fixture = LoopbackFixture.echo(network);
    EventLog client = new EventLog();
    fixture.connect(client).send("warm up the threads");
    client.expectOpened();
    assertThat(client.nextText()).isEqualTo("warm up the threads");
    assertThat(liveThreads(network.threadNamePrefix())).isPositive();

    network.close();

    assertThat(client.nextClose().code()).isEqualTo(CloseCodes.ABNORMAL);
    awaitNoThreadStartingWith(network.threadNamePrefix());
    assertThatThrownBy(network::newTransport).isInstanceOf(IllegalStateException.class);
  }

  /** A pool's threads finish their last instructions just after it reports termination. */
  private static void awaitNoThreadStartingWith(String prefix) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (liveThreads(prefix) > 0) {
      assertThat(System.nanoTime() - deadline).as("threads %s* still alive", prefix).isNegative();
      sleepBriefly();
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }

  private static long liveThreads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
        .count();
  }

  private static ServerBinding bind(LoopbackTransport transport, String name, int port) {
    return join(transport.bind(new BindOptions(name, port, 100), connection -> new EventLog()));
  }

  static void assertFailsWith(CompletionStage<?> stage, Kind kind, String messagePart) {
    try {
      Object value = stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
      throw new AssertionError("expected " + kind + " but the stage completed with " + value);
    } catch (ExecutionException failed) {
      assertThat(failed.getCause())
          .isInstanceOfSatisfying(
              TransportException.class,
              error -> {
                assertThat(error.kind()).isEqualTo(kind);
                assertThat(error).hasMessageContaining(messagePart);
              });
    } catch (Exception other) {
      throw new AssertionError("the stage did not fail with " + kind, other);
    }
  }
}
