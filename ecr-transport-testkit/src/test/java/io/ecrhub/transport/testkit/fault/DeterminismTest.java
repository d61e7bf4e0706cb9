package io.ecrhub.transport.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.transport.testkit.fault.FaultyPair.End;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed and the same traffic give the same faults, whatever the threads do. */
class DeterminismTest {

  private static final long SEED = 20_240_611L;
  private static final int FRAMES = 300;

  @Test
  void a_run_repeated_with_the_same_seed_sees_the_same_faults_and_deliveries() {
    System.out.println("seed=" + SEED);

    FrameRecorder first = run(SEED);
    FrameRecorder second = run(SEED);

    // one direction's order is fixed; how the two directions interleave is up to the threads
    for (Direction direction : Direction.values()) {
      assertThat(second.sent(direction)).as("seed=%d", SEED).isEqualTo(first.sent(direction));
      assertThat(second.delivered(direction))
          .as("seed=%d", SEED)
          .isEqualTo(first.delivered(direction));
    }
    assertThat(first.sent())
        .as("seed=%d: the run must actually inject faults", SEED)
        .anyMatch(sent -> !(sent.action() instanceof FaultAction.Deliver));
  }

  /**
   * The client sends numbered frames without waiting, the server echoes whatever reaches it, and
   * the final "end" frame (spared by the plan) tells the client everything has been through.
   */
  private static FrameRecorder run(long seed) {
    RandomFaults random =
        RandomFaults.builder(seed)
            .odds(new FaultOdds(0.1, 0.1, 0.1, 0.1, 0.1, 0))
            .delays(Duration.ofMillis(0), Duration.ofMillis(3))
            .build();
    FaultPlan sparingTheEnd =
        frame -> frame.text().equals("end") ? FaultAction.deliver() : random.onFrame(frame);
    FrameRecorder wire = new FrameRecorder();
    try (FaultyPair pair =
        new FaultyPair(FaultInjection.of(sparingTheEnd, wire), End.SERVER, true)) {
      for (int i = 0; i < FRAMES; i++) {
        pair.connection.send("frame " + i);
      }
      pair.connection.send("end");
      int seen = 0;
      List<String> texts;
      do {
        texts = pair.client.awaitTexts(++seen);
      } while (!texts.get(seen - 1).equals("end"));
      assertThat(wire.deliveredTexts(Direction.SERVER_TO_CLIENT)).last().isEqualTo("end");
    }
    return wire;
  }

  @Test
  void connections_are_numbered_in_the_order_they_are_opened_across_decorated_transports() {
    FrameRecorder wire = new FrameRecorder();
    FaultInjection faults = FaultInjection.of(FaultPlan.none(), wire);
    for (int i = 0; i < 3; i++) {
      try (FaultyPair pair = new FaultyPair(faults, i % 2 == 0 ? End.CLIENT : End.SERVER, true)) {
        pair.connection.send("on connection " + i);
        pair.client.awaitTexts(1);
      }
    }

    List<Integer> numbers =
        wire.sent(Direction.CLIENT_TO_SERVER).stream()
            .map(sent -> sent.frame().connection())
            .toList();
    assertThat(numbers).containsExactly(0, 1, 2);
  }
}
