package io.ecrhub.transport.testkit.fault;

import static io.ecrhub.transport.testkit.fault.FaultyPair.join;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.clientToServer;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.containing;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.index;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.serverToClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.testkit.RecordingListener;
import io.ecrhub.transport.testkit.fault.FaultyPair.End;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each fault action, applied by the decorators around a real (in-memory) transport. */
class FaultInjectionTest {

  private final FrameRecorder wire = new FrameRecorder();

  private FaultyPair pair(ScriptedFaults plan, End end, boolean echo) {
    return new FaultyPair(FaultInjection.of(plan, wire), end, echo);
  }

  @Test
  void a_delayed_frame_holds_back_the_frames_behind_it_on_arrival() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(clientToServer().and(index(0))).delay(ms(150)).build();
    try (FaultyPair pair = pair(plan, End.SERVER, false)) {
      List<String> sent = IntStream.range(0, 20).mapToObj(i -> "frame-" + i).toList();

      sent.forEach(pair.connection::send);

      assertThat(pair.server.awaitTexts(sent.size())).isEqualTo(sent);
      assertThat(wire.sent().get(0).action()).isEqualTo(FaultAction.delay(ms(150)));
    }
  }

  @Test
  void delays_keep_the_order_even_when_a_later_frame_has_a_shorter_delay() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(serverToClient().and(index(0)))
            .delay(ms(200))
            .when(serverToClient().and(index(1)))
            .delay(ms(10))
            .build();
    try (FaultyPair pair = pair(plan, End.SERVER, true)) {
      pair.connection.send("slow");
      pair.connection.send("fast");
      pair.connection.send("undelayed");

      assertThat(pair.client.awaitTexts(3)).containsExactly("slow", "fast", "undelayed");
    }
  }

  @Test
  void a_delayed_frame_holds_back_the_close_behind_it() {
    ScriptedFaults plan = ScriptedFaults.builder().when(serverToClient()).delay(ms(100)).build();
    try (FaultyPair pair = pair(plan, End.SERVER, false)) {
      pair.server.awaitOpen().send("late reply");
      pair.server.awaitOpen().close(CloseCodes.NORMAL, "done");

      assertThat(pair.client.awaitTexts(1)).containsExactly("late reply");
      assertThat(pair.client.awaitClose())
          .isEqualTo(new RecordingListener.Close(CloseCodes.NORMAL, "done"));
    }
  }

  @Test
  void an_arriving_frame_delayed_at_the_client_holds_back_the_close_behind_it() {
    ScriptedFaults plan = ScriptedFaults.builder().when(serverToClient()).delay(ms(100)).build();
    try (FaultyPair pair = pair(plan, End.CLIENT, false)) {
      pair.server.awaitOpen().send("late reply");
      pair.server.awaitOpen().close(CloseCodes.NORMAL, "done");

      assertThat(pair.client.awaitTexts(1)).containsExactly("late reply");
      assertThat(pair.client.awaitClose().code()).isEqualTo(CloseCodes.NORMAL);
      assertThat(pair.client.violations()).isEmpty();
    }
  }

  @Test
  void a_dropped_frame_never_arrives_and_the_connection_stays_up() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(serverToClient().and(index(0))).drop().build();
    try (FaultyPair pair = pair(plan, End.SERVER, true)) {
      pair.connection.send("lost reply");
      pair.connection.send("barrier");

      // frames keep their order, so had the first reply arrived it would come before the barrier
      assertThat(pair.client.awaitTexts(1)).containsExactly("barrier");
      assertThat(pair.server.awaitTexts(2)).containsExactly("lost reply", "barrier");
      assertThat(wire.countDelivered(Direction.SERVER_TO_CLIENT, "lost reply"::equals)).isZero();
      assertThat(wire.countSent(Direction.SERVER_TO_CLIENT, "lost reply"::equals)).isOne();
    }
  }

  @Test
  void a_duplicated_frame_arrives_twice() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(serverToClient().and(containing("reply")))
            .duplicate()
            .build();
    try (FaultyPair pair = pair(plan, End.SERVER, true)) {
      pair.connection.send("reply 7");
      pair.connection.send("barrier");

      assertThat(pair.client.awaitTexts(3)).containsExactly("reply 7", "reply 7", "barrier");
      assertThat(wire.countSent(Direction.SERVER_TO_CLIENT, "reply 7"::equals)).isOne();
      assertThat(wire.countDelivered(Direction.SERVER_TO_CLIENT, "reply 7"::equals)).isEqualTo(2);
    }
  }

  @Test
  void a_duplicate_whose_copy_meets_a_closed_connection_still_reports_the_frame_as_sent() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(clientToServer().and(containing("order")))
            .duplicate()
            .build();
    AtomicReference<Connection> decorated = new AtomicReference<>();
    AtomicInteger deliveries = new AtomicInteger();
    FrameObserver closesBeforeTheCopy =
        new FrameObserver() {
          @Override
          public void onSent(Frame frame, FaultAction action) {
            wire.onSent(frame, action);
          }

          @Override
          public void onDelivered(Frame origin, String text) {
            wire.onDelivered(origin, text);
            if (deliveries.incrementAndGet() == 2) {
              decorated.get().close(CloseCodes.GOING_AWAY, "the peer went away after the frame");
            }
          }
        };
    try (FaultyPair pair =
        new FaultyPair(FaultInjection.of(plan, closesBeforeTheCopy), End.CLIENT, false)) {
      decorated.set(pair.connection);

      CompletionStage<Void> sent = pair.connection.send("order 1");

      assertThat(sent.toCompletableFuture()).isCompleted().isNotCompletedExceptionally();
      assertThat(pair.server.awaitTexts(1)).containsExactly("order 1");
      assertThat(pair.connection.isOpen()).isFalse();
    }
  }

  @Test
  void a_corrupted_frame_is_replaced_by_the_given_text_in_either_direction() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(clientToServer().and(index(0)))
            .corrupt("{\"topic\":")
            .when(serverToClient().and(index(1)))
            .corrupt("}")
            .build();
    try (FaultyPair pair = pair(plan, End.CLIENT, true)) {
      pair.connection.send("{\"topic\":\"pay.order\"}");
      pair.connection.send("second");

      assertThat(pair.server.awaitTexts(2)).containsExactly("{\"topic\":", "second");
      assertThat(pair.client.awaitTexts(2)).containsExactly("{\"topic\":", "}");
    }
  }

  @Test
  void a_seeded_corruption_changes_the_frame_the_same_way_every_time() {
    ScriptedFaults plan = ScriptedFaults.builder().when(serverToClient()).corruptSeeded(42).build();
    try (FaultyPair pair = pair(plan, End.SERVER, true)) {
      String original = "{\"topic\":\"pay.order\",\"merchant_order_no\":\"A-1\"}";
      pair.connection.send(original);
      pair.connection.send(original);

      List<String> received = pair.client.awaitTexts(2);
      assertThat(received.get(0)).isNotEqualTo(original).isEqualTo(received.get(1));
      assertThat(received.get(0)).isEqualTo(TextCorruption.mutate(original, 42));
    }
  }

  @Test
  void an_injected_frame_arrives_just_before_the_real_one() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(serverToClient().and(containing("real reply")))
            .inject("garbage")
            .build();
    try (FaultyPair pair = pair(plan, End.SERVER, true)) {
      pair.connection.send("real reply");

      assertThat(pair.client.awaitTexts(2)).containsExactly("garbage", "real reply");
    }
  }

  @Test
  void a_disconnect_closes_both_sides_and_loses_what_waits_behind_a_delay() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(clientToServer().and(index(0)))
            .delay(Duration.ofSeconds(30))
            .when(clientToServer().and(containing("pay.order")))
            .once()
            .disconnect()
            .build();
    try (FaultyPair pair = pair(plan, End.SERVER, false)) {
      join(pair.connection.send("still in flight"));

      join(pair.connection.send("{\"topic\":\"pay.order\"}"));

      assertThat(pair.client.awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
      assertThat(pair.server.awaitClose().code()).isEqualTo(CloseCodes.GOING_AWAY);
      assertThat(pair.connection.isOpen()).isFalse();
      assertThatThrownBy(() -> join(pair.connection.send("after")))
          .hasRootCauseInstanceOf(TransportException.class);
      assertThat(pair.server.texts()).isEmpty();
      assertThat(wire.delivered()).isEmpty();
    }
  }

  @Test
  void swallowed_pongs_never_arrive_while_frames_still_flow() {
    ScriptedFaults plan = ScriptedFaults.builder().swallowPongs().build();
    try (FaultyPair pair = pair(plan, End.CLIENT, true)) {
      join(pair.connection.ping());
      join(pair.connection.send("barrier"));

      assertThat(pair.client.awaitTexts(1)).containsExactly("barrier");
      assertThat(pair.client.pongs()).isZero();
    }
  }

  @Test
  void binary_frames_pass_unfaulted_and_keep_their_place_behind_a_delay() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(serverToClient().and(index(0))).delay(ms(100)).build();
    try (FaultyPair pair = pair(plan, End.SERVER, false)) {
      pair.server.awaitOpen().send("first");
      pair.server.awaitOpen().sendBinary("second".getBytes(StandardCharsets.UTF_8));

      assertThat(pair.client.awaitTexts(2)).containsExactly("first", "second");
    }
  }

  @Test
  void a_refused_connect_fails_and_a_hung_one_times_out_with_the_connect_timeout() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .whenConnecting(attempt -> attempt.index() == 0)
            .refuse()
            .whenConnecting(attempt -> attempt.index() == 1)
            .hang()
            .build();
    try (LoopbackNetwork network = new LoopbackNetwork()) {
      ClientTransport client = FaultInjection.of(plan).client(network.newTransport());
      URI nowhere = URI.create("loopback://terminal:1");
      ConnectOptions quick = ConnectOptions.defaults().withConnectTimeout(ms(100));
      RecordingListener listener = RecordingListener.recording("client", FaultyPair.PATIENCE);

      assertFailsWith(client, nowhere, quick, listener, Kind.CONNECT_FAILED);
      assertFailsWith(client, nowhere, quick, listener, Kind.CONNECT_TIMEOUT);
      assertThat(listener.isOpened()).isFalse();
    }
  }

  @Test
  void the_recorder_sees_every_frame_with_its_direction_index_and_action() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(serverToClient().and(index(1))).drop().build();
    try (FaultyPair pair = pair(plan, End.SERVER, true)) {
      pair.connection.send("a");
      pair.connection.send("b");
      pair.connection.send("c");
      assertThat(pair.client.awaitTexts(2)).containsExactly("a", "c");

      assertThat(wire.sentTexts(Direction.CLIENT_TO_SERVER)).containsExactly("a", "b", "c");
      assertThat(wire.sentTexts(Direction.SERVER_TO_CLIENT)).containsExactly("a", "b", "c");
      assertThat(wire.deliveredTexts(Direction.SERVER_TO_CLIENT)).containsExactly("a", "c");
      SentFrame dropped = wire.sent(Direction.SERVER_TO_CLIENT).get(1);
      assertThat(dropped.frame().index()).isEqualTo(1);
      assertThat(dropped.frame().connection()).isZero();
      assertThat(dropped.action()).isEqualTo(FaultAction.drop());
    }
  }

  private static void assertFailsWith(
      ClientTransport client,
      URI address,
      ConnectOptions options,
      RecordingListener listener,
      Kind kind) {
    assertThatThrownBy(
            () -> client.connect(address, options, listener).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            TransportException.class, failure -> assertThat(failure.kind()).isEqualTo(kind));
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
