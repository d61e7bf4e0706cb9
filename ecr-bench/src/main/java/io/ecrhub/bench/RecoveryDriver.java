package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 6, recovery latency: the simulator drops the connection the moment a sale arrives (test
 * trigger {@code .96}) and completes the order {@code --completion-ms} later; the figure is the
 * time from the client's transport reporting the drop to the sale's settled outcome. In between,
 * the engine learns it has no answer, reconnects and queries with its default back-off (0.5 s
 * doubling) until the terminal reports a final status.
 *
 * <pre>
 * java -cp ecr-it/target/benchmarks.jar io.ecrhub.bench.RecoveryDriver \
 *     --runs 20 --completion-ms 0,1000
 * </pre>
 *
 * With {@code --completion-ms 0} the terminal knows the outcome at once, so the figure is the
 * engine's own cost; with the simulator's default 1000 ms it is what a cashier waits for.
 */
public final class RecoveryDriver {

  private static final Set<String> OPTIONS = Set.of("runs", "completion-ms");
  private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

  private RecoveryDriver() {}

  /**
   * The recovery latencies of one completion delay.
   *
   * @param completion how long after the drop the terminal completes the order
   * @param millis drop → settled outcome, in milliseconds
   * @param requestsPerRecovery {@code pay.query} requests the engine sent per recovery
   */
  public record Recovery(Duration completion, SampleSummary millis, double requestsPerRecovery) {

    /** One Markdown table row. */
    public String markdownRow() {
      return String.format(
          Locale.ROOT, "| %d ms | %s | %.1f |", completion.toMillis(), millis, requestsPerRecovery);
    }
  }

  public static void main(String[] args) throws Exception {
    DriverArgs options = DriverArgs.parse(args, OPTIONS);
    int runs = options.integer("runs", 20);
    System.out.println(
        "| terminal completes after | drop → settled ms, median (min–max, n) | queries per"
            + " recovery |\n|---:|---|---:|");
    for (int completion : options.integers("completion-ms", List.of(0, 1000))) {
      System.out.println(measure(Duration.ofMillis(completion), runs).markdownRow());
    }
  }

  /** Drops the connection under {@code runs} sales and times each recovery. */
  public static Recovery measure(Duration completion, int runs) throws Exception {
    AtomicLong droppedAt = new AtomicLong();
    FrameObserver dropClock =
        new FrameObserver() {
          @Override
          public void closed(int code, String reason, long atNanos) {
            droppedAt.set(atNanos);
          }
        };
    List<Double> millis = new ArrayList<>();
    try (TerminalSimulator simulator = BenchTerminals.start(TriggerTimings.all(completion));
        ObservedClientTransport transport =
            new ObservedClientTransport(new TyrusClientTransport(), dropClock);
        EcrClient client =
            EcrClient.builder()
                .terminal(simulator.address())
                .appId(BenchTerminals.APP_ID)
                .transport(transport)
                .journal(new InMemoryOrderJournal())
                .build()) {
      client.connect().get(30, TimeUnit.SECONDS);
      long requestsBefore = client.stats().requestsSent();
      for (int run = 1; run <= runs; run++) {
        droppedAt.set(0);
        AtomicLong settledAt = new AtomicLong();
        CompletableFuture<PaymentOutcome> outcome =
            client
                .submitAsync(
                    OrderDraft.sale()
                        .merchantOrderNo("R" + completion.toMillis() + "N" + run)
                        .orderAmount("1.96"))
                .whenComplete((settled, failure) -> settledAt.set(System.nanoTime()));
        PaymentOutcome settled = outcome.get(SETTLE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!(settled instanceof PaymentOutcome.Approved) || droppedAt.get() == 0) {
          throw new IllegalStateException(
              "run " + run + ": expected a drop and an approval, got " + settled);
        }
        millis.add((settledAt.get() - droppedAt.get()) / 1e6);
      }
      long requests = client.stats().requestsSent() - requestsBefore;
      return new Recovery(completion, SampleSummary.of(millis), (double) (requests - runs) / runs);
    }
  }
}
