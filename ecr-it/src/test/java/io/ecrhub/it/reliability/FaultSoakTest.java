package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.protocol.client.ExponentialBackoff;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.loopback.FaultAction;
import io.ecrhub.transport.loopback.FaultOdds;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.loopback.RandomFaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of orders through a wire that drops, delays, duplicates, corrupts and breaks frames at
 * random in both directions, slips garbage frames in between and refuses some reconnects, while
 * cashiers close some silent orders midway, then every promise of the payment engine is checked
 * against the simulated terminal's own ledger ({@link SoakInvariants}).
 *
 * <p>Several clients pay in parallel against one simulator, each on its own connection, with short
 * timeouts so that recovery (queries with back-off, reconnects) runs thousands of times. Client 0
 * journals to an SQLite file, the others in memory; the file is reopened for the checks, so what it
 * says is what survived on disk.
 *
 * <p>The seed is printed; {@link SoakSettings} says how to repeat a run or make it longer. The
 * faults a frame gets depend on the seed and on the frame's position on its connection only; which
 * client pays which order, and so the exact traffic, still depends on thread timing.
 */
class FaultSoakTest {

  /** Per frame, each way: about 1 frame in 13 meets a fault. */
  private static final FaultOdds ODDS =
      FaultOdds.none()
          .withDrop(0.01)
          .withDelay(0.03)
          .withDuplicate(0.01)
          .withCorrupt(0.01)
          .withInject(0.01)
          .withDisconnect(0.005);

  private static final Duration REPLY_TIMEOUT = Duration.ofMillis(400);

  /**
   * Long enough for every order the terminal admitted to settle (its triggers take 150 ms); an
   * order whose frame the wire lost is never known to the terminal and ends unknown at the
   * deadline.
   */
  private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(8);

  @Test
  void every_order_ends_as_the_terminal_recorded_it_and_none_is_sent_twice(@TempDir Path dir)
      throws Exception {
    SoakSettings settings = SoakSettings.fromSystemProperties();
    System.out.println("seed=" + settings.seed() + " fault soak " + settings);
    SoakWireTap wire = new SoakWireTap();
    RandomFaults faults =
        RandomFaults.builder(settings.seed())
            .odds(ODDS)
            .delays(Duration.ofMillis(1), Duration.ofMillis(40))
            .connectOdds(0.1, 0)
            .build();
    Path journalFile = dir.resolve("journal.db");
    ScheduledExecutorService timer = Timers.newTimer();
    List<SoakResult> results = Collections.synchronizedList(new ArrayList<>());
    List<OrderJournal> journals = new ArrayList<>();
    long started = System.nanoTime();
    try (LoopbackNetwork network = LoopbackNetwork.builder().faults(faults).observer(wire).build();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                network.newTransport(),
                SimulatorOptions.defaults()
                    .withPort(0)
                    .withApproveDelay(Duration.ofMillis(1))
                    .withTriggerTimings(TriggerTimings.all(Duration.ofMillis(150))))) {
      try (JdbcOrderJournal durable = JdbcOrderJournal.openFile(journalFile)) {
        journals.add(durable);
        for (int i = 1; i < settings.clients(); i++) {
          journals.add(new InMemoryOrderJournal());
        }
        List<String> problems = pay(settings, network, simulator, journals, timer, results);
        assertThat(problems).as("seed=%d: clients that failed", settings.seed()).isEmpty();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(journalFile)) {
        journals.set(0, reopened);
        report(settings, results, wire, seconds);
        List<String> violations =
            new SoakInvariants(simulator.ledger(), wire, journals::get).check(results);
        assertThat(violations.size())
            .as(
                "seed=%d (%s): broken promises, the first ones: %s",
                settings.seed(),
                settings.rerunFlags(),
                violations.stream().limit(50).collect(Collectors.joining("\n", "\n", "")))
            .isZero();
        assertThat(results)
            .as("seed=%d: every order settled", settings.seed())
            .hasSize(settings.orders());
        assertNothingLeftUnfinished(settings, results, journals);
      }
      assertTheWireReallyMisbehaved(settings, wire);
    } finally {
      timer.shutdownNow();
    }
  }

  /** Runs the clients until every order is paid; returns what went wrong outside the outcomes. */
  private static List<String> pay(
      SoakSettings settings,
      LoopbackNetwork network,
      TerminalSimulator simulator,
      List<OrderJournal> journals,
      ScheduledExecutorService timer,
      List<SoakResult> results)
      throws Exception {
    AtomicInteger nextOrder = new AtomicInteger();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    ExecutorService tills = Executors.newFixedThreadPool(settings.clients());
    List<EcrClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < settings.clients(); i++) {
        EcrClient client = newClient(simulator, network, journals.get(i), timer, settings, i);
        clients.add(client);
        client.connect().get(10, TimeUnit.SECONDS);
      }
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < settings.clients(); i++) {
        int index = i;
        EcrClient client = clients.get(i);
        running.add(
            tills.submit(
                () -> payUntilDone(settings, client, index, timer, nextOrder, results, problems)));
      }
      long budgetSeconds = 300 + settings.orders() / 20L;
      for (Future<?> till : running) {
        till.get(budgetSeconds, TimeUnit.SECONDS);
      }
    } finally {
      tills.shutdownNow();
      clients.forEach(EcrClient::close);
    }
    return problems;
  }

  private static void payUntilDone(
      SoakSettings settings,
      EcrClient client,
      int clientIndex,
      ScheduledExecutorService timer,
      AtomicInteger nextOrder,
      List<SoakResult> results,
      List<String> problems) {
    long perOrderSeconds = (REPLY_TIMEOUT.plus(RECOVERY_DEADLINE).toMillis() / 1000) + 30;
    for (int index = nextOrder.getAndIncrement();
        index < settings.orders();
        index = nextOrder.getAndIncrement()) {
      SoakOrder order = SoakOrder.plan(settings.seed(), index);
      try {
        CompletableFuture<PaymentOutcome> paying = client.submitAsync(order.draft());
        order.cashierCloses().ifPresent(after -> closeLater(client, order, after, timer, problems));
        PaymentOutcome outcome = paying.get(perOrderSeconds, TimeUnit.SECONDS);
        results.add(new SoakResult(order, clientIndex, outcome));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        problems.add("client " + clientIndex + " interrupted at " + order);
        return;
      } catch (Exception failure) {
        problems.add(order.merchantOrderNo() + " on client " + clientIndex + ": " + failure);
      }
    }
  }

  /** The cashier cancels the open order: {@code pay.close}, answered or not, never a failure. */
  private static void closeLater(
      EcrClient client,
      SoakOrder order,
      Duration after,
      ScheduledExecutorService timer,
      List<String> problems) {
    MerchantOrderNo number = new MerchantOrderNo(order.merchantOrderNo());
    timer.schedule(
        () ->
            client
                .closeOrderAsync(number)
                .whenComplete(
                    (reply, failure) -> {
                      if (failure != null) {
                        problems.add("closing " + number + " failed: " + failure);
                      }
                    }),
        after.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  private static EcrClient newClient(
      TerminalSimulator simulator,
      LoopbackNetwork network,
      OrderJournal journal,
      ScheduledExecutorService timer,
      SoakSettings settings,
      int index) {
    return EcrClient.builder()
        .terminal(simulator.address())
        .appId("soak" + index)
        .transport(network.newTransport())
        .journal(journal)
        .timer(timer)
        .replyTimeout(REPLY_TIMEOUT)
        .queryTimeout(Duration.ofMillis(150))
        .recoveryDeadline(RECOVERY_DEADLINE)
        .recoveryBackoff(new Backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(200)))
        .connectTimeout(Duration.ofSeconds(5))
        .reconnect(
            new ExponentialBackoff(
                Duration.ofMillis(5), Duration.ofMillis(100), 0.2, new Random(settings.seed())))
        .recoverOnConnect(false)
        .shutdownGrace(Duration.ofSeconds(2))
        .build();
  }

  /** Only orders reported unknown may stay unfinished, in the journal of their client. */
  private static void assertNothingLeftUnfinished(
      SoakSettings settings, List<SoakResult> results, List<OrderJournal> journals) {
    for (int i = 0; i < journals.size(); i++) {
      int client = i;
      List<String> unknown =
          results.stream()
              .filter(result -> result.client() == client)
              .filter(result -> result.outcome() instanceof PaymentOutcome.Unknown)
              .map(result -> result.order().merchantOrderNo())
              .sorted()
              .toList();
      List<String> unfinished =
          journals
              .get(i)
              .unfinished()
              .map(JournalEntry::merchantOrderNo)
              .map(Object::toString)
              .toJavaStream()
              .sorted()
              .toList();
      assertThat(unfinished)
          .as("seed=%d: unfinished journal entries of client %d", settings.seed(), client)
          .isEqualTo(unknown);
    }
  }

  /** A soak whose faults never fired would prove nothing. */
  private static void assertTheWireReallyMisbehaved(SoakSettings settings, SoakWireTap wire) {
    for (Class<? extends FaultAction> kind :
        List.of(
            FaultAction.Drop.class,
            FaultAction.Delay.class,
            FaultAction.Duplicate.class,
            FaultAction.CorruptSeeded.class,
            FaultAction.Inject.class,
            FaultAction.Disconnect.class)) {
      assertThat(wire.faultCount(kind))
          .as("seed=%d: %s faults injected", settings.seed(), kind.getSimpleName())
          .isPositive();
    }
  }

  private static void report(
      SoakSettings settings, List<SoakResult> results, SoakWireTap wire, double seconds) {
    Map<String, Long> outcomes =
        results.stream()
            .collect(
                Collectors.groupingBy(
                    result -> result.outcome().getClass().getSimpleName(),
                    TreeMap::new,
                    Collectors.counting()));
    System.out.printf(
        "seed=%d fault soak: %d orders on %d clients in %.1f s (%.0f orders/s); outcomes %s;"
            + " %d frames, faults %s; %d pay.order delivered twice by the wire; rerun with %s%n",
        settings.seed(),
        results.size(),
        settings.clients(),
        seconds,
        results.size() / seconds,
        outcomes,
        wire.frames(),
        wire.faults(),
        wire.payOrdersCopied(),
        settings.rerunFlags());
  }
}
