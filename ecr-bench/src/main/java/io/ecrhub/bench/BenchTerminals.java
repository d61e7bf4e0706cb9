package io.ecrhub.bench;

import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.time.Duration;

/**
 * The simulated terminal every benchmark talks to: the project's simulator over the Tyrus server
 * transport on 127.0.0.1, an ephemeral port, with its default threads.
 *
 * <p>Approvals are instant ({@code approveDelay} 0): the 300 ms a real card takes would be all that
 * a latency figure shows, and it is not the engine's cost.
 */
final class BenchTerminals {

  /** The {@code app_id} of every benchmark client. */
  static final String APP_ID = "ecrhubbench";

  private BenchTerminals() {}

  /** A simulator that approves at once and runs its test triggers with their default timings. */
  static TerminalSimulator start() {
    return start(TriggerTimings.defaults());
  }

  /** A simulator that approves at once and runs its test triggers with {@code timings}. */
  static TerminalSimulator start(TriggerTimings timings) {
    BenchDefaults.quietLibraryLogging();
    return TerminalSimulator.start(
        new TyrusServerTransport(),
        SimulatorOptions.defaults()
            .withPort(0)
            .withApproveDelay(Duration.ZERO)
            .withTriggerTimings(timings));
  }
}
