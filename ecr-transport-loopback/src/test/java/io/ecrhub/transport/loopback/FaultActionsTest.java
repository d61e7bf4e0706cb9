package io.ecrhub.transport.loopback;

import static io.ecrhub.transport.loopback.FrameMatcher.clientToServer;
import static io.ecrhub.transport.loopback.FrameMatcher.containing;
import static io.ecrhub.transport.loopback.FrameMatcher.index;
import static io.ecrhub.transport.loopback.FrameMatcher.serverToClient;
import static io.ecrhub.transport.loopback.LoopbackFixture.join;
import static io.ecrhub.transport.loopback.LoopbackTransportTest.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.loopback.EventLog.Closed;
import io.ecrhub.transport.loopback.EventLog.Pong;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each fault action, on a real loopback connection. */
class FaultActionsTest {

  private final FrameRecorder wire = new FrameRecorder();

  /** A connected pair on a network that applies {@code plan}. */
  private final class Pair implements AutoCloseable {
    final LoopbackFixture fixture;
    final EventLog client = new EventLog();
    final Connection connection;
    final EventLog server;

    Pair(ScriptedFaults plan, boolean echo) {
      LoopbackNetwork network = LoopbackNetwork.builder().faults(plan).observer(wire).build();
      fixture = echo ? LoopbackFixture.echo(network) : LoopbackFixture.recording(network);
      connection = fixture.connect(client);
      client.expectOpened();
      server = fixture.nextAccepted();
      server.expectOpened();
    }

    @Override
    public void close() {
      fixture.close();
    }
  }

  @Test
  void a_delayed_frame_holds_back_the_frames_behind_it() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(clientToServer().and(index(0))).delay(ms(150)).build();
    try (Pair pair = new Pair(plan, false)) {
      List<String> sent = IntStream.range(0, 20).mapToObj(i -> "frame-" + i).toList();

      sent.forEach(pair.connection::send);

      assertThat(pair.server.nextTexts(sent.size())).isEqualTo(sent);
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
    try (Pair pair = new Pair(plan, true)) {
      pair.connection.send("slow");
      pair.connection.send("fast");
      pair.connection.send("undelayed");
      pair.connection.close(CloseCodes.NORMAL, "bye");

      assertThat(pair.server.nextTexts(3)).containsExactly("slow", "fast", "undelayed");
      assertThat(pair.client.nextClose()).isEqualTo(new Closed(CloseCodes.NORMAL, "bye"));
    }
  }

  @Test
  void a_delayed_frame_holds_back_the_close_behind_it() {
    ScriptedFaults plan = ScriptedFaults.builder().when(serverToClient()).delay(ms(100)).build();
    try (Pair pair = new Pair(plan, false)) {
      pair.server.connection().send("late reply");
      pair.server.connection().close(CloseCodes.NORMAL, "done");

      assertThat(pair.client.nextText()).isEqualTo("late reply");
      assertThat(pair.client.nextClose()).isEqualTo(new Closed(CloseCodes.NORMAL, "done"));
    }
  }

  @Test
  void a_dropped_frame_never_arrives_and_the_connection_stays_up() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(serverToClient().and(index(0))).drop().build();
    try (Pair pair = new Pair(plan, true)) {
      pair.connection.send("lost reply");
      pair.connection.send("barrier");

      // frames keep their order, so had the first reply arrived it would come before the barrier
      assertThat(pair.client.nextText()).isEqualTo("barrier");
      assertThat(pair.server.nextTexts(2)).containsExactly("lost reply", "barrier");
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
    try (Pair pair = new Pair(plan, true)) {
      pair.connection.send("reply 7");
      pair.connection.send("barrier");

      assertThat(pair.client.nextTexts(3)).containsExactly("reply 7", "reply 7", "barrier");
      assertThat(wire.countSent(Direction.SERVER_TO_CLIENT, "reply 7"::equals)).isOne();
      assertThat(wire.countDelivered(Direction.SERVER_TO_CLIENT, "reply 7"::equals)).isEqualTo(2);
    }
  }

  @Test
  void a_corrupted_frame_is_replaced_by_the_given_text() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(serverToClient().and(index(0)))
            .corrupt("{\"topic\":")
            .build();
    try (Pair pair = new Pair(plan, true)) {
      pair.connection.send("{\"topic\":\"pay.order\"}");

      assertThat(pair.client.nextText()).isEqualTo("{\"topic\":");
    }
  }

  @Test
  void a_seeded_corruption_changes_the_frame_the_same_way_every_time() {
    ScriptedFaults plan = ScriptedFaults.builder().when(serverToClient()).corruptSeeded(42).build();
    try (Pair pair = new Pair(plan, true)) {
      String original = "{\"topic\":\"pay.order\",\"merchant_order_no\":\"A-1\"}";
      pair.connection.send(original);
      pair.connection.send(original);

      List<String> received = pair.client.nextTexts(2);
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
    try (Pair pair = new Pair(plan, true)) {
      pair.connection.send("real reply");

      assertThat(pair.client.nextTexts(2)).containsExactly("garbage", "real reply");
    }
  }

  @Test
  void a_disconnect_closes_both_sides_with_1006_and_loses_what_was_on_the_wire() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(clientToServer().and(index(0)))
            .delay(Duration.ofSeconds(30))
            .when(clientToServer().and(containing("pay.order")))
            .once()
            .disconnect()
            .build();
    try (Pair pair = new Pair(plan, false)) {
      join(pair.connection.send("still in flight"));

      join(pair.connection.send("{\"topic\":\"pay.order\"}"));

      Closed clientClosed = pair.client.nextClose();
      assertThat(clientClosed.code()).isEqualTo(CloseCodes.ABNORMAL);
      assertThat(pair.server.nextClose().code()).isEqualTo(CloseCodes.ABNORMAL);
      assertThat(pair.connection.isOpen()).isFalse();
      assertFailsWith(pair.connection.send("after"), Kind.NOT_OPEN, "closed");
      assertThat(wire.delivered()).isEmpty();
    }
  }

  @Test
  void swallowed_pongs_never_arrive_while_frames_still_flow() {
    ScriptedFaults plan = ScriptedFaults.builder().swallowPongs().build();
    try (Pair pair = new Pair(plan, true)) {
      join(pair.connection.ping());
      pair.connection.send("barrier");

      // the pong would have been queued before the echo of the barrier
      assertThat(pair.client.nextText()).isEqualTo("barrier");
      assertThat(pair.client.pending()).noneMatch(Pong.class::isInstance);
    }
  }

  @Test
  void the_recorder_sees_every_frame_with_its_direction_index_and_action() {
    ScriptedFaults plan =
        ScriptedFaults.builder().when(serverToClient().and(index(1))).drop().build();
    try (Pair pair = new Pair(plan, true)) {
      pair.connection.send("a");
      pair.connection.send("b");
      pair.connection.send("c");
      assertThat(pair.client.nextTexts(2)).containsExactly("a", "c");

      assertThat(wire.sentTexts(Direction.CLIENT_TO_SERVER)).containsExactly("a", "b", "c");
      assertThat(wire.sentTexts(Direction.SERVER_TO_CLIENT)).containsExactly("a", "b", "c");
      assertThat(wire.deliveredTexts(Direction.SERVER_TO_CLIENT)).containsExactly("a", "c");
      SentFrame dropped =
          wire.sent().stream()
              .filter(sent -> sent.frame().direction() == Direction.SERVER_TO_CLIENT)
              .toList()
              .get(1);
      assertThat(dropped.frame().index()).isEqualTo(1);
      assertThat(dropped.frame().connection()).isZero();
      assertThat(dropped.action()).isEqualTo(FaultAction.drop());
    }
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
