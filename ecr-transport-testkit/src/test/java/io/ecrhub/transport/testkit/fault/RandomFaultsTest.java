package io.ecrhub.transport.testkit.fault;

import static io.ecrhub.transport.testkit.fault.ScriptedFaultsTest.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RandomFaultsTest {

  private static final long SEED = 0xEC2_2024L;
  private static final FaultOdds SOAK_ODDS = new FaultOdds(0.05, 0.10, 0.05, 0.03, 0.02, 0.01);

  @Test
  void the_same_seed_gives_the_same_decisions() {
    System.out.println("seed=" + SEED);
    RandomFaults first = soak(SEED);
    RandomFaults second = soak(SEED);

    assertThat(decisions(second, grid())).as("seed=%d", SEED).isEqualTo(decisions(first, grid()));
    for (long attempt = 0; attempt < 500; attempt++) {
      ConnectAttempt connect = new ConnectAttempt(attempt, URI.create("loopback://t:1"));
      assertThat(second.onConnect(connect)).isEqualTo(first.onConnect(connect));
      PingFrame ping = new PingFrame(1, Direction.CLIENT_TO_SERVER, attempt);
      assertThat(second.swallowsPong(ping)).isEqualTo(first.swallowsPong(ping));
    }
  }

  @Test
  void decisions_do_not_depend_on_the_order_they_are_asked_in() {
    System.out.println("seed=" + SEED);
    List<Frame> frames = grid();
    List<Frame> shuffled = new ArrayList<>(frames);
    Collections.shuffle(shuffled, new java.util.Random(SEED));
    RandomFaults plan = soak(SEED);

    Map<Frame, FaultAction> inOrder = decisionsByFrame(soak(SEED), frames);
    Map<Frame, FaultAction> outOfOrder = decisionsByFrame(plan, shuffled);

    assertThat(outOfOrder).as("seed=%d", SEED).isEqualTo(inOrder);
  }

  @Test
  void another_seed_gives_other_decisions() {
    System.out.println("seed=" + SEED);

    assertThat(decisions(soak(SEED + 1), grid())).isNotEqualTo(decisions(soak(SEED), grid()));
  }

  @Test
  void faults_come_about_as_often_as_their_odds_say() {
    System.out.println("seed=" + SEED);
    List<FaultAction> actions = decisions(soak(SEED), grid());

    Map<Class<?>, Long> counts =
        actions.stream().collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
    double total = actions.size();
    String why = "seed=" + SEED + " counts=" + counts;
    assertThat(counts.get(FaultAction.Drop.class) / total).as(why).isCloseTo(0.05, within(0.01));
    assertThat(counts.get(FaultAction.Delay.class) / total).as(why).isCloseTo(0.10, within(0.01));
    assertThat(counts.get(FaultAction.Duplicate.class) / total)
        .as(why)
        .isCloseTo(0.05, within(0.01));
    assertThat(counts.get(FaultAction.CorruptSeeded.class) / total)
        .as(why)
        .isCloseTo(0.03, within(0.01));
    assertThat(counts.get(FaultAction.Inject.class) / total).as(why).isCloseTo(0.02, within(0.01));
    assertThat(counts.get(FaultAction.Disconnect.class) / total)
        .as(why)
        .isCloseTo(0.01, within(0.005));
    assertThat(actions)
        .filteredOn(FaultAction.Delay.class::isInstance)
        .map(action -> ((FaultAction.Delay) action).by())
        .allMatch(by -> by.compareTo(Duration.ofMillis(5)) >= 0)
        .allMatch(by -> by.compareTo(Duration.ofMillis(50)) <= 0);
  }

  @Test
  void odds_can_differ_per_direction_and_default_to_none() {
    RandomFaults repliesOnly =
        RandomFaults.builder(SEED)
            .odds(Direction.SERVER_TO_CLIENT, FaultOdds.none().withDrop(1))
            .build();

    assertThat(repliesOnly.onFrame(frame(0, Direction.SERVER_TO_CLIENT, 3, "reply")))
        .isEqualTo(FaultAction.drop());
    assertThat(repliesOnly.onFrame(frame(0, Direction.CLIENT_TO_SERVER, 3, "request")))
        .isEqualTo(FaultAction.deliver());
    assertThat(repliesOnly.onConnect(new ConnectAttempt(0, URI.create("loopback://t:1"))))
        .isEqualTo(ConnectAction.PROCEED);
  }

  @Test
  void bad_odds_are_refused_with_the_parameter_name() {
    assertThatThrownBy(() -> FaultOdds.none().withDrop(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drop must be a probability");
    assertThatThrownBy(() -> FaultOdds.none().withDelay(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay");
    assertThatThrownBy(() -> new FaultOdds(0.5, 0.5, 0.5, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to at most 1");
    assertThatThrownBy(() -> RandomFaults.builder(1).connectOdds(0.7, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refuse + hang");
    assertThatThrownBy(
            () -> RandomFaults.builder(1).delays(Duration.ofMillis(9), Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }

  private static RandomFaults soak(long seed) {
    return RandomFaults.builder(seed)
        .odds(SOAK_ODDS)
        .delays(Duration.ofMillis(5), Duration.ofMillis(50))
        .connectOdds(0.1, 0.05)
        .pongSwallowOdds(0.2)
        .build();
  }

  private static List<Frame> grid() {
    List<Frame> frames = new ArrayList<>();
    for (int connection = 0; connection < 5; connection++) {
      for (Direction direction : Direction.values()) {
        for (long index = 0; index < 2_000; index++) {
          frames.add(frame(connection, direction, index, "frame " + index));
        }
      }
    }
    return frames;
  }

  private static List<FaultAction> decisions(RandomFaults plan, List<Frame> frames) {
    return frames.stream().map(plan::onFrame).toList();
  }

  private static Map<Frame, FaultAction> decisionsByFrame(RandomFaults plan, List<Frame> frames) {
    return frames.stream().collect(Collectors.toMap(Function.identity(), plan::onFrame));
  }
}
