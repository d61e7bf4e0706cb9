package io.ecrhub.bench;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@link ScalePlan}: N clients built the way a store server would build them — one shared
 * Tyrus transport and one shared timer, so that threads do not grow with N — each connected to the
 * one simulator, measured idle, then run as {@link TerminalLane}s.
 */
final class ScaleRun {

  private static final Duration CONNECT_ALL_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private ScaleRun() {}

  static ScaleResult run(ScalePlan plan) throws Exception {
    try (RunningTerminal terminal =
        plan.simulatorInOwnProcess()
            ? RunningTerminal.inOwnProcess()
            : RunningTerminal.inThisJvm()) {
      int threadsBefore = HeapProbe.liveThreads();
      long heapBefore = HeapProbe.usedAfterGc();
      TyrusClientTransport transport = new TyrusClientTransport();
      ScheduledExecutorService timer = Timers.newTimer();
      LaneStats stats = new LaneStats();
      List<TerminalLane> lanes = new ArrayList<>();
      try {
        int half = plan.connections() / 2;
        connect(lanes, half, terminal, transport, timer, stats, plan);
        long heapHalf = HeapProbe.usedAfterGc();
        connect(lanes, plan.connections(), terminal, transport, timer, stats, plan);
        long heapAll = HeapProbe.usedAfterGc();
        int threadsIdle = HeapProbe.liveThreads();

        long start = System.nanoTime();
        long period = plan.period().toNanos();
        for (int i = 0; i < lanes.size(); i++) {
          // spread the lanes over the period, so that they do not all pay at the same instant
          lanes.get(i).start(start + period * i / lanes.size());
        }
        int threadsPeak = watchThreads(plan.warmup());
        stats.recording(true);
        long measureStart = System.nanoTime();
        threadsPeak = Math.max(threadsPeak, watchThreads(plan.measure()));
        stats.recording(false);
        double seconds = (System.nanoTime() - measureStart) / 1e9;
        lanes.forEach(TerminalLane::stop);
        CompletableFuture.allOf(
                lanes.stream().map(TerminalLane::stopped).toArray(CompletableFuture[]::new))
            .get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        long sales = stats.sales.count();
        long queries = stats.queries.count();
        return new ScaleResult(
            plan,
            sales,
            queries,
            stats.errorsWhileRecording(),
            stats.errors() - stats.errorsWhileRecording(),
            stats.firstError(),
            (sales + queries) / seconds,
            ScaleResult.Latencies.of(stats.sales),
            ScaleResult.Latencies.of(stats.queries),
            (heapAll - heapBefore) / 1024.0 / plan.connections(),
            (heapAll - heapHalf) / 1024.0 / (plan.connections() - half),
            threadsBefore,
            threadsIdle,
            threadsPeak);
      } finally {
        lanes.forEach(lane -> lane.client().close());
        transport.close();
        timer.shutdownNow();
      }
    }
  }

  /** Builds and connects lanes until there are {@code total}, all connects in flight at once. */
  private static void connect(
      List<TerminalLane> lanes,
      int total,
      RunningTerminal terminal,
      TyrusClientTransport transport,
      ScheduledExecutorService timer,
      LaneStats stats,
      ScalePlan plan)
      throws Exception {
    List<CompletableFuture<Void>> connecting = new ArrayList<>();
    for (int i = lanes.size(); i < total; i++) {
      EcrClient client =
          EcrClient.builder()
              .terminal(terminal.address())
              .appId(BenchTerminals.APP_ID)
              .transport(transport)
              .timer(timer)
              .connectTimeout(CONNECT_ALL_TIMEOUT)
              .journal(new InMemoryOrderJournal())
              .build();
      lanes.add(new TerminalLane(i, client, stats, timer, plan.period().toNanos()));
      connecting.add(client.connect());
    }
    CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new))
        .get(CONNECT_ALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Sleeps for {@code duration}, returning the most live threads seen meanwhile. */
  private static int watchThreads(Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    int peak = HeapProbe.liveThreads();
    while (System.nanoTime() < end) {
      Thread.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      peak = Math.max(peak, HeapProbe.liveThreads());
    }
    return peak;
  }
}
