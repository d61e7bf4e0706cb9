package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.result.PaymentOutcome;
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

  /** A till of the benchmarks: a client of {@code terminal} with an in-memory journal. */
  static EcrClient client(String terminal) {
    return EcrClient.builder()
        .terminal(terminal)
        .appId(APP_ID)
        .journal(new InMemoryOrderJournal())
        .build();
  }

  /** Pays {@link PayExchanges#referenceSale} under {@code order}; fails unless it is approved. */
  static void payReferenceSale(EcrClient client, String order) {
    PaymentOutcome sale = client.submit(PayExchanges.referenceSale(order));
    if (!(sale instanceof PaymentOutcome.Approved)) {
      throw new IllegalStateException("the reference order was not approved: " + sale);
    }
  }
}
