package io.ecrhub.transport.testkit.fault;

import static io.ecrhub.transport.testkit.fault.FrameMatcher.clientToServer;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.connection;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.containing;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.index;
import static io.ecrhub.transport.testkit.fault.FrameMatcher.serverToClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ScriptedFaultsTest {

  private static final URI TERMINAL = URI.create("loopback://terminal:49152");

  @Test
  void frames_no_rule_takes_are_delivered() {
    ScriptedFaults plan = ScriptedFaults.builder().when(serverToClient()).drop().build();

    assertThat(plan.onFrame(frame(0, Direction.CLIENT_TO_SERVER, 0, "x")))
        .isEqualTo(FaultAction.deliver());
  }

  @Test
  void the_first_matching_rule_decides() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(serverToClient().and(index(0)))
            .drop()
            .when(serverToClient())
            .duplicate()
            .build();

    assertThat(plan.onFrame(frame(0, Direction.SERVER_TO_CLIENT, 0, "x")))
        .isEqualTo(FaultAction.drop());
    assertThat(plan.onFrame(frame(0, Direction.SERVER_TO_CLIENT, 1, "x")))
        .isEqualTo(FaultAction.duplicate());
  }

  @Test
  void a_limited_rule_stops_applying_after_its_uses() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .when(clientToServer().and(containing("pay.order")))
            .once()
            .disconnect()
            .when(containing("pay.order"))
            .times(2)
            .corrupt("?")
            .build();
    Frame payOrder = frame(3, Direction.CLIENT_TO_SERVER, 5, "{\"topic\":\"pay.order\"}");

    assertThat(plan.onFrame(payOrder)).isEqualTo(FaultAction.disconnect());
    assertThat(plan.onFrame(payOrder)).isEqualTo(FaultAction.corrupt("?"));
    assertThat(plan.onFrame(payOrder)).isEqualTo(FaultAction.corrupt("?"));
    assertThat(plan.onFrame(payOrder)).isEqualTo(FaultAction.deliver());
  }

  @Test
  void matchers_select_by_connection_direction_index_and_text() {
    FrameMatcher firstReplyOnSecondConnection = connection(1).and(serverToClient()).and(index(0));

    assertThat(firstReplyOnSecondConnection.matches(frame(1, Direction.SERVER_TO_CLIENT, 0, "")))
        .isTrue();
    assertThat(firstReplyOnSecondConnection.matches(frame(0, Direction.SERVER_TO_CLIENT, 0, "")))
        .isFalse();
    assertThat(firstReplyOnSecondConnection.matches(frame(1, Direction.CLIENT_TO_SERVER, 0, "")))
        .isFalse();
    assertThat(firstReplyOnSecondConnection.matches(frame(1, Direction.SERVER_TO_CLIENT, 1, "")))
        .isFalse();
    assertThat(
            containing("abc")
                .negate()
                .or(index(9))
                .matches(frame(0, Direction.CLIENT_TO_SERVER, 9, "abc")))
        .isTrue();
  }

  @Test
  void connect_and_pong_rules_apply_to_what_they_select() {
    ScriptedFaults plan =
        ScriptedFaults.builder()
            .whenConnecting(attempt -> attempt.index() == 0)
            .hang()
            .whenConnecting(attempt -> true)
            .once()
            .refuse()
            .swallowPongs(ping -> ping.direction() == Direction.CLIENT_TO_SERVER)
            .build();

    assertThat(plan.onConnect(new ConnectAttempt(0, TERMINAL))).isEqualTo(ConnectAction.HANG);
    assertThat(plan.onConnect(new ConnectAttempt(1, TERMINAL))).isEqualTo(ConnectAction.REFUSE);
    assertThat(plan.onConnect(new ConnectAttempt(2, TERMINAL))).isEqualTo(ConnectAction.PROCEED);
    assertThat(plan.swallowsPong(new PingFrame(0, Direction.CLIENT_TO_SERVER, 0))).isTrue();
    assertThat(plan.swallowsPong(new PingFrame(0, Direction.SERVER_TO_CLIENT, 0))).isFalse();
  }

  @Test
  void bad_rule_parameters_are_refused_with_their_name() {
    assertThatThrownBy(() -> ScriptedFaults.builder().when(clientToServer()).times(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("times");
    assertThatThrownBy(() -> index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index");
    assertThatThrownBy(() -> FaultAction.delay(java.time.Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("by");
  }

  static Frame frame(int connection, Direction direction, long index, String text) {
    return new Frame(connection, TERMINAL, direction, index, text);
  }
}
