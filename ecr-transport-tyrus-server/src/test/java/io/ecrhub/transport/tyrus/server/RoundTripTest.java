package io.ecrhub.transport.tyrus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client and a server of this module talking over real sockets on 127.0.0.1. */
class RoundTripTest {

  private LoopbackServer server;
  private TyrusClientTransport client;

  @BeforeEach
  void start() throws Exception {
    // Large enough to echo the 2 MiB frame of the client-limit test.
    server = LoopbackServer.start(new TyrusServerTransport(), 4 << 20, RecordingListener::echoing);
    client = new TyrusClientTransport();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private Connection connect(RecordingListener listener) throws Exception {
    return connect(listener, ConnectOptions.defaults());
  }

  private Connection connect(RecordingListener listener, ConnectOptions options) throws Exception {
    return client
        .connect(server.address(), options, listener)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private static void done(CompletionStage<?> stage) throws Exception {
    stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void a_frame_sent_to_the_echo_server_comes_back() throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener);

    done(connection.send("{\"topic\":\"ecrhub.pay.order\",\"amount\":\"34.50\"}"));

    assertThat(listener.nextText())
        .isEqualTo("{\"topic\":\"ecrhub.pay.order\",\"amount\":\"34.50\"}");
    assertThat(listener.opens).hasValue(1);
    assertThat(connection.isOpen()).isTrue();
    assertThat(connection.remoteAddress()).isEqualTo("127.0.0.1:" + server.binding.port());
    assertThat(server.acceptedListener(0).opened.get(10, TimeUnit.SECONDS).remoteAddress())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void a_thousand_frames_arrive_in_the_order_they_were_sent() throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener);
    List<CompletableFuture<Void>> sent = new ArrayList<>();

    for (int i = 0; i < 1000; i++) {
      sent.add(connection.send("frame " + i).toCompletableFuture());
    }

    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    RecordingListener serverSide = server.acceptedListener(0);
    for (int i = 0; i < 1000; i++) {
      assertThat(listener.nextText()).isEqualTo("frame " + i);
    }
    assertThat(serverSide.texts).hasSize(1000);
    assertThat(List.copyOf(serverSide.texts).get(999)).isEqualTo("frame 999");
    assertThat(listener.overlaps).hasValue(0);
    assertThat(serverSide.overlaps).hasValue(0);
  }

  @Test
  void a_client_close_reaches_the_server_with_its_code_and_reason_and_each_side_hears_it_once()
      throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener);
    RecordingListener serverSide = server.acceptedListener(0);
    serverSide.opened.get(10, TimeUnit.SECONDS);

    connection.close(CloseCodes.NORMAL, "sale finished");
    connection.close(CloseCodes.GOING_AWAY, "second close is ignored");

    assertThat(listener.awaitClose()).isEqualTo(new RecordingListener.Close(1000, "sale finished"));
    assertThat(serverSide.awaitClose())
        .isEqualTo(new RecordingListener.Close(1000, "sale finished"));
    assertThat(connection.isOpen()).isFalse();
    client.close();
    server.close();
    assertThat(listener.closes).hasSize(1);
    assertThat(serverSide.closes).hasSize(1);
    assertThat(listener.eventsAfterClose).hasValue(0);
  }

  @Test
  void a_server_close_reaches_the_client_with_its_code_and_reason() throws Exception {
    RecordingListener listener = new RecordingListener();
    connect(listener);
    RecordingListener serverSide = server.acceptedListener(0);

    serverSide
        .opened
        .get(10, TimeUnit.SECONDS)
        .close(CloseCodes.KEEP_ALIVE_TIMEOUT, "no heartbeat");

    assertThat(listener.awaitClose()).isEqualTo(new RecordingListener.Close(4000, "no heartbeat"));
    assertThat(serverSide.awaitClose())
        .isEqualTo(new RecordingListener.Close(4000, "no heartbeat"));
    assertThat(listener.closes).hasSize(1);
    assertThat(serverSide.closes).hasSize(1);
  }

  @Test
  void a_listener_that_throws_gets_onError_and_the_connection_keeps_working() throws Exception {
    RecordingListener listener =
        new RecordingListener(
            (connection, text) -> {
              if (text.equals("poison")) {
                throw new IllegalStateException("listener bug");
              }
            });
    Connection connection = connect(listener);

    done(connection.send("poison"));
    done(connection.send("after"));

    assertThat(listener.nextText()).isEqualTo("poison");
    assertThat(listener.nextText()).isEqualTo("after");
    assertThat(listener.errors)
        .singleElement()
        .satisfies(error -> assertThat(error).hasMessage("listener bug"));
    assertThat(connection.isOpen()).isTrue();
    assertThat(listener.closes).isEmpty();
  }

  @Test
  void a_listener_that_closes_from_onText_gets_onClose_after_onText_returns() throws Exception {
    RecordingListener listener =
        new RecordingListener(
            (connection, text) -> {
              connection.close(CloseCodes.NORMAL, "done");
              // Still inside onText: onClose must not have run yet.
              assertThat(connection.isOpen()).isFalse();
            });
    Connection connection = connect(listener);

    done(connection.send("last"));

    assertThat(listener.awaitClose()).isEqualTo(new RecordingListener.Close(1000, "done"));
    assertThat(listener.overlaps).hasValue(0);
    assertThat(listener.errors).isEmpty();
  }

  @Test
  void a_ping_is_answered_with_a_pong() throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener);

    assertThat(connection.supportsPing()).isTrue();
    done(connection.ping());

    await().atMost(10, TimeUnit.SECONDS).until(() -> listener.pongs.get() == 1);
  }

  @Test
  void sending_on_a_closed_connection_fails_with_NOT_OPEN() throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener);
    connection.close(CloseCodes.NORMAL, "bye");

    ExecutionException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class,
            () -> connection.send("too late").toCompletableFuture().get(10, TimeUnit.SECONDS));

    assertThat(failure.getCause())
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.NOT_OPEN);
              assertThat(e.nothingSent()).isTrue();
            });
    assertThat(server.acceptedListener(0).awaitClose().code()).isEqualTo(1000);
  }

  @Test
  void a_frame_just_over_the_client_limit_closes_the_connection_with_1009() throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener, ConnectOptions.defaults().withMaxFrameChars(100));

    done(connection.send("x".repeat(100)));
    assertThat(listener.nextText()).hasSize(100);
    done(connection.send("é".repeat(101)));

    assertThat(listener.awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
    assertThat(server.acceptedListener(0).awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
    assertThat(listener.texts).isEmpty();
  }

  @Test
  void a_frame_far_over_the_client_limit_is_refused_before_it_is_buffered() throws Exception {
    RecordingListener listener = new RecordingListener();
    Connection connection = connect(listener, ConnectOptions.defaults().withMaxFrameChars(100));

    // 2 MiB: beyond the Tyrus incoming buffer, which alone would answer 1011.
    done(connection.send("y".repeat(2 << 20)));

    assertThat(listener.awaitClose().code()).isEqualTo(CloseCodes.TOO_BIG);
    // The server is still writing the 2 MiB echo when the client refuses it by its header. The
    // Tyrus client closes its socket right after its 1009 close frame, with the rest of the echo
    // unread, so the kernel resets the connection: the server hears the 1009 when its read of the
    // close frame beats the reset; otherwise Tyrus' server reports the lost socket as 1006, or as
    // 1001 when Grizzly saw it close first (GrizzlyServerFilter). It went one of the latter ways in
    // about one run in three once the client refused quickly. Either way the server's side ends,
    // and the client heard nothing.
    RecordingListener.Close serverClose = server.acceptedListener(0).awaitClose();
    assertThat(serverClose.code())
        .as("server side: " + serverClose)
        .isIn(CloseCodes.TOO_BIG, CloseCodes.ABNORMAL, CloseCodes.GOING_AWAY);
    assertThat(listener.texts).isEmpty();
  }

  @Test
  void closing_the_client_transport_closes_its_connections_with_1001() throws Exception {
    RecordingListener first = new RecordingListener();
    RecordingListener second = new RecordingListener();
    connect(first);
    connect(second);

    client.close();

    assertThat(first.awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(second.awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(server.acceptedListener(0).awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(server.acceptedListener(1).awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
  }

  @Test
  void a_close_code_outside_the_websocket_range_is_rejected_by_name() throws Exception {
    Connection connection = connect(new RecordingListener());

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> connection.close(999, "bad"))
        .withMessageContaining("code")
        .withMessageContaining("999");
    assertThat(connection.isOpen()).isTrue();
  }
}
