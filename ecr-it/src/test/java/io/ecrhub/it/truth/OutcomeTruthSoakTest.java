package io.ecrhub.it.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.protocol.client.JitteredBackoff;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The model-based proof of the outcome rules: tens of thousands of orders against a {@link
 * LedgerTerminal} — a terminal that answers with every code of the table, with and without {@code
 * biz_data} and {@code request_id}, in text and binary frames, late, twice or not at all, that
 * registers orders late, charges some differently from the order, drops connections and accepts or
 * refuses closes — and after every order, {@link TruthOracle} compares what ecr-hub said with the
 * terminal's own ledger. At the end every outcome is judged again against the final ledger: a
 * declined order must never have been charged later either.
 *
 * <pre>
 * ./mvnw -B verify -pl ecr-it -am -Dtest=OutcomeTruthSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Decr.truth.seed=7 -Decr.truth.orders=1000000     # the long run (also: -Ptruth-soak)
 * </pre>
 */
class OutcomeTruthSoakTest {

  private static final long DEFAULT_SEED = 20_261_204L;
  private static final int CI_ORDERS = 20_000;
  private static final Duration REPLY_TIMEOUT = Duration.ofMillis(400);
  private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(5);

  @Test
  void every_outcome_agrees_with_the_terminals_ledger() throws Exception {
    long seed = Long.getLong("ecr.truth.seed", DEFAULT_SEED);
    int orders = Integer.getInteger("ecr.truth.orders", CI_ORDERS);
    int tills = Integer.getInteger("ecr.truth.tills", 96);
    String rerun =
        "-Decr.truth.seed="
            + seed
            + " -Decr.truth.orders="
            + orders
            + " -Decr.truth.tills="
            + tills;
    System.out.println(
        "seed="
            + seed
            + " outcome truth soak: "
            + orders
            + " orders, "
            + tills
            + " tills; rerun with "
            + rerun);

    ScheduledExecutorService terminalTimer = Executors.newScheduledThreadPool(2);
    ScheduledExecutorService clientTimer = Timers.newTimer();
    LedgerTerminal terminal = new LedgerTerminal(seed, REPLY_TIMEOUT, terminalTimer);
    List<SoakOrder> plan = plan(seed, orders, terminal.ledger());
    Map<String, PaymentOutcome> outcomes = new ConcurrentHashMap<>();
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    try (LoopbackNetwork network = new LoopbackNetwork();
        ServerBinding binding =
            network
                .newTransport()
                .bind(BindOptions.loopbackEphemeral(), terminal)
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS)) {
      pay(
          plan,
          tills,
          seed,
          network,
          binding,
          clientTimer,
          terminal.ledger(),
          outcomes,
          violations);
    } finally {
      clientTimer.shutdownNow();
      terminalTimer.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    for (SoakOrder order : plan) {
      PaymentOutcome outcome = outcomes.get(order.facts().merchantOrderNo());
      if (outcome == null) {
        violations.add(order.facts().merchantOrderNo() + " got no outcome");
      } else {
        TruthOracle.judge(order.facts(), outcome, terminal.ledger())
            .ifPresent(broken -> violations.add("at the end: " + broken));
      }
    }
    report(seed, orders, tills, seconds, outcomes, terminal.stats(), rerun);
    assertThat(violations).as("seed=%d (%s): broken promises", seed, rerun).isEmpty();
    assertEveryMisbehaviourHappened(seed, terminal.stats());
  }

  /** The orders of the run; about one number in a hundred was used before by another till. */
  private static List<SoakOrder> plan(long seed, int orders, TruthLedger ledger) {
    Random random = new Random(seed);
    List<SoakOrder> plan = new ArrayList<>(orders);
    for (int i = 0; i < orders; i++) {
      SoakOrder order = SoakOrder.draw(random, i);
      plan.add(order);
      if (random.nextDouble() < 0.01) {
        // another till's sale under the same number, always of another amount
        ledger.foreignSale(
            order.facts().merchantOrderNo(),
            new java.math.BigDecimal(order.facts().orderAmount())
                .add(java.math.BigDecimal.ONE)
                .toPlainString());
      }
    }
    return plan;
  }

  private static void pay(
      List<SoakOrder> plan,
      int tills,
      long seed,
      LoopbackNetwork network,
      ServerBinding binding,
      ScheduledExecutorService timer,
      TruthLedger ledger,
      Map<String, PaymentOutcome> outcomes,
      List<String> violations)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(tills);
    List<EcrClient> clients = new ArrayList<>();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < tills; i++) {
        EcrClient client = client(binding, network, timer, seed, i);
        clients.add(client);
        running.add(pool.submit(() -> till(client, plan, next, ledger, outcomes, violations)));
      }
      for (Future<?> till : running) {
        till.get(600 + plan.size() / 10L, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      clients.forEach(EcrClient::close);
    }
  }

  private static void till(
      EcrClient client,
      List<SoakOrder> plan,
      AtomicInteger next,
      TruthLedger ledger,
      Map<String, PaymentOutcome> outcomes,
      List<String> violations) {
    for (int index = next.getAndIncrement(); index < plan.size(); index = next.getAndIncrement()) {
      SoakOrder order = plan.get(index);
      try {
        PaymentOutcome outcome = client.submitAsync(order.draft()).get(60, TimeUnit.SECONDS);
        outcomes.put(order.facts().merchantOrderNo(), outcome);
        TruthOracle.judge(order.facts(), outcome, ledger).ifPresent(violations::add);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception failure) {
        violations.add(order.facts().merchantOrderNo() + " failed: " + failure);
      }
    }
  }

  private static EcrClient client(
      ServerBinding binding,
      LoopbackNetwork network,
      ScheduledExecutorService timer,
      long seed,
      int index) {
    return EcrClient.builder()
        .terminal(binding.address())
        .appId("truth" + index)
        .transport(network.newTransport())
        .journal(new InMemoryOrderJournal())
        .timer(timer)
        .replyTimeout(REPLY_TIMEOUT)
        .queryTimeout(Duration.ofMillis(200))
        .recoveryDeadline(RECOVERY_DEADLINE)
        .recoveryBackoff(new Backoff(Duration.ofMillis(20), 2.0, Duration.ofMillis(250)))
        .connectTimeout(Duration.ofSeconds(5))
        .reconnect(
            new JitteredBackoff(
                new Backoff(Duration.ofMillis(2), 2.0, Duration.ofMillis(50)),
                0.2,
                new Random(seed + index)))
        .recoverOnConnect(false)
        .shutdownGrace(Duration.ofSeconds(1))
        .build();
  }

  private static void report(
      long seed,
      int orders,
      int tills,
      double seconds,
      Map<String, PaymentOutcome> outcomes,
      TruthStats stats,
      String rerun) {
    Map<String, Long> byKind =
        outcomes.values().stream()
            .collect(
                Collectors.groupingBy(
                    outcome -> outcome.getClass().getSimpleName(),
                    TreeMap::new,
                    Collectors.counting()));
    System.out.printf(
        "seed=%d outcome truth soak: %d orders on %d tills in %.1f s (%.0f orders/s)%n"
            + "  outcomes: %s%n  terminal behaviour: %s%n  rerun with %s%n",
        seed, orders, tills, seconds, orders / seconds, byKind, stats.snapshot(), rerun);
  }

  private static void assertEveryMisbehaviourHappened(long seed, TruthStats stats) {
    for (String kind :
        List.of(
            "pay.order lost inside the terminal",
            "refused at once",
            "registered late",
            "stuck processing",
            "early answers",
            "final answer LOST",
            "final answer LATE",
            "final answer TWICE",
            "binary answers",
            "answers naming no order",
            "113 for another till's number",
            "connections dropped",
            "queries unanswered",
            "queries answered late",
            "closes unanswered")) {
      assertThat(stats.get(kind)).as("seed=%d: %s", seed, kind).isPositive();
    }
  }
}
