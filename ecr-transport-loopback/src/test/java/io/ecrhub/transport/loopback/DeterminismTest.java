package io.ecrhub.transport.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.Connection;
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
    LoopbackNetwork network =
        LoopbackNetwork.builder().faults(sparingTheEnd).observer(wire).build();
    try (LoopbackFixture fixture = LoopbackFixture.echo(network)) {
      EventLog client = new EventLog();
      Connection connection = fixture.connect(client);
      client.expectOpened();
      for (int i = 0; i < FRAMES; i++) {
        connection.send("frame " + i);
      }
      connection.send("end");
      String last;
      do {
        last = client.nextText();
      } while (!last.equals("end"));
      assertThat(wire.deliveredTexts(Direction.SERVER_TO_CLIENT)).last().isEqualTo("end");
    }
    return wire;
  }

  @Test
  void connections_are_numbered_in_the_order_they_are_opened() {
    FrameRecorder wire = new FrameRecorder();
    try (LoopbackFixture fixture =
        LoopbackFixture.echo(LoopbackNetwork.builder().observer(wire).build())) {
      for (int i = 0; i < 3; i++) {
        EventLog client = new EventLog();
        fixture.connect(client).send("on connection " + i);
        client.expectOpened();
        client.nextText();
      }

      List<Integer> numbers =
          wire.sent().stream()
              .filter(sent -> sent.frame().direction() == Direction.CLIENT_TO_SERVER)
              .map(sent -> sent.frame().connection())
              .toList();
      assertThat(numbers).containsExactly(0, 1, 2);
    }
  }
}
