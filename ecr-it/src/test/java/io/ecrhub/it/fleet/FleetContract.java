package io.ecrhub.it.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import io.ecrhub.it.cli.InProcessSimulator;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.TerminalLedger;
import io.ecrhub.simulator.TriggerTimings;
import io.vavr.control.Option;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many tills on one journal, with real processes and SIGKILL: {@value #DEFAULT_TILLS} till
 * processes ({@link FleetTill}) race through the same {@value #DEFAULT_ORDERS} merchant order
 * numbers against one simulator on a real WebSocket, each through its own {@code EcrClient} on the
 * shared journal. While they pay, the test kills a till with SIGKILL {@value #DEFAULT_KILLS} times
 * and starts another in its place (some recover at connect, some do not), then lets the rest
 * finish, then runs two {@code ecr recover} processes at once. Afterwards:
 *
 * <ul>
 *   <li>no number was sent twice — the terminal's own ledger: {@code payOrdersReceived(number) <=
 *       1} for every number;
 *   <li>no order is unsettled, every number of the day is in the journal once, and the journal
 *       agrees with the terminal (approved exactly when the terminal completed it, not sent only
 *       when the terminal never received it);
 *   <li>each order left unfinished was settled by one recoverer only.
 * </ul>
 *
 * <p>Where a kill lands: at a seeded-random point of the run, the test waits for the next order of
 * a customer who takes long ({@code .95}) and kills the till whose order it is while the terminal
 * processes it — the moment a careless recovery would send it again. A kill between the journal's
 * {@code SENT} mark and the frame's arrival would leave an order the terminal never knew and cannot
 * close: the engine then reports it unknown, for a person (docs/protocol.md, "fence what the
 * terminal does not know"), so such a moment cannot promise "0 unsettled" and is not chosen; an
 * order killed before its {@code SENT} mark is {@code CrashRecoveryTest}'s.
 *
 * <p>Size it with {@code -Decr.fleet.orders=N -Decr.fleet.tills=N -Decr.fleet.kills=N}, repeat a
 * run with {@code -Decr.fleet.seed=N}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
abstract class FleetContract {

  static final int DEFAULT_ORDERS = 2000;
  static final int DEFAULT_TILLS = 4;
  static final int DEFAULT_KILLS = 6;

  private final int orders = Integer.getInteger("ecr.fleet.orders", DEFAULT_ORDERS);
  private final int tills = Integer.getInteger("ecr.fleet.tills", DEFAULT_TILLS);
  private final int kills = Integer.getInteger("ecr.fleet.kills", DEFAULT_KILLS);
  private final long seed = Long.getLong("ecr.fleet.seed", 18_2026L);

  @TempDir Path work;

  private InProcessSimulator terminal;

  /** The URL of a new, empty journal database. */
  abstract String freshJournalUrl();

  @BeforeEach
  void startTerminal() {
    terminal =
        InProcessSimulator.start(
            Duration.ofMillis(20), TriggerTimings.all(Duration.ofMillis(1500)));
  }

  @AfterEach
  void stopTerminal() {
    terminal.close();
  }

  @Test
  void killed_tills_never_send_an_order_twice_and_recovery_settles_every_order() {
    System.out.printf("fleet: seed=%d orders=%d tills=%d kills=%d%n", seed, orders, tills, kills);
    long started = System.nanoTime();
    String url = freshJournalUrl();
    Random random = new Random(seed);
    List<TillProcess> running = new ArrayList<>();
    List<TillProcess> everyone = new ArrayList<>();
    for (int lane = 0; lane < tills; lane++) {
      TillProcess till = startTill(url, lane, 0, random.nextBoolean());
      running.add(till);
      everyone.add(till);
    }

    int killed = 0;
    for (int k = 1; k <= kills; k++) {
      int milestone = orders * k / (kills + 1);
      awaitJournaled(url, milestone, running);
      Option<TillProcess> victim = tillOfASlowOrderAtTheTerminal(running);
      if (victim.isEmpty()) {
        continue;
      }
      TillProcess dead = victim.get();
      dead.kill();
      killed++;
      int lane = running.indexOf(dead);
      // the last two replacements leave the dead tills' orders to the recoverers below
      boolean recoverOnConnect = k < kills - 1 && random.nextBoolean();
      TillProcess replacement = startTill(url, lane, k, recoverOnConnect);
      running.set(lane, replacement);
      everyone.add(replacement);
    }
    Awaitility.await("every till to finish its day")
        .atMost(Duration.ofMinutes(6))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> running.stream().noneMatch(TillProcess::isAlive));
    assertThat(everyone)
        .as("tills that ended other than by 'done' or SIGKILL")
        .noneMatch(TillProcess::failed)
        .allSatisfy(till -> assertThat(till.failed()).as(till.describe()).isFalse());
    assertThat(running)
        .allSatisfy(till -> assertThat(till.finished()).as(till.describe()).isTrue());

    List<JournalEntry> unfinishedBefore = unfinished(url);
    List<EcrRun> recoverers = twoRecoverersAtOnce(url);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

    Map<String, JournalEntry> journal = journal(url);
    TerminalLedger ledger = terminal.simulator().ledger();
    Map<String, String> settledBy = new HashMap<>();
    for (int r = 0; r < recoverers.size(); r++) {
      EcrRun run = recoverers.get(r);
      assertThat(run.exitCode()).as(run.toString()).isIn(0, 3);
      for (JsonObject order : run.json().getJsonArray("orders").getValuesAs(JsonObject.class)) {
        if (!order.getString("outcome").equals("UNKNOWN")) {
          String previous = settledBy.put(order.getString("merchant_order_no"), "recoverer " + r);
          assertThat(previous).as("%s settled by two recoverers", order).isNull();
        }
      }
    }
    int duplicates = 0;
    int approved = 0;
    for (int i = 0; i < orders; i++) {
      String number = FleetTill.numberOf(i);
      int received = ledger.payOrdersReceived(number);
      if (received > 1) {
        duplicates++;
      }
      JournalEntry entry = journal.get(number);
      assertThat(entry).as("%s in the journal", number).isNotNull();
      Option<LedgerEntry> atTheTerminal = ledger.find(number);
      boolean completed = atTheTerminal.exists(e -> e.status() == TransactionStatus.COMPLETED);
      switch (entry.state()) {
        case APPROVED -> {
          approved++;
          assertThat(completed).as("%s approved in the journal", number).isTrue();
        }
        case DECLINED -> assertThat(completed).as("%s declined in the journal", number).isFalse();
        case NOT_SENT -> assertThat(received).as("%s not sent", number).isZero();
        default ->
            assertThat(entry.state())
                .as("%s: %s", number, entry)
                .isIn(JournalState.APPROVED, JournalState.DECLINED, JournalState.NOT_SENT);
      }
    }
    System.out.printf(
        "fleet: %d orders by %d till processes (%d killed) in %d s: %d approved, %d left"
            + " unfinished by the kills, settled by the two recoverers %s; duplicates %d%n",
        orders,
        everyone.size(),
        killed,
        seconds,
        approved,
        unfinishedBefore.size(),
        settledCounts(settledBy),
        duplicates);
    assertThat(duplicates).as("numbers the terminal received twice, seed=%d", seed).isZero();
    assertThat(journal).hasSize(orders);
    assertThat(unfinished(url)).as("unsettled after recovery").isEmpty();
    assertThat(killed).as("kills that landed").isGreaterThanOrEqualTo(Math.min(kills, 2));
    assertThat(settledBy.keySet())
        .as("every order the kills left unfinished was settled by a recoverer")
        .containsAll(unfinishedBefore.stream().map(e -> e.merchantOrderNo().value()).toList());
  }

  private TillProcess startTill(String url, int lane, int generation, boolean recoverOnConnect) {
    String name = "lane-" + lane + "-g" + generation;
    return TillProcess.start(
        work,
        name,
        List.of(
            url,
            terminal.address(),
            InProcessSimulator.APP_ID,
            "lane-" + lane,
            String.valueOf(orders),
            String.valueOf(seed * 31 + lane * 7L + generation),
            String.valueOf(recoverOnConnect),
            name));
  }

  /**
   * Waits until {@code count} orders are journaled — or no till is left to journal them — so that
   * the kills spread over the day.
   */
  private void awaitJournaled(String url, int count, List<TillProcess> running) {
    Awaitility.await("the journal to hold " + count + " orders")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> journaled(url) >= count || running.stream().noneMatch(TillProcess::isAlive));
  }

  /**
   * The till whose slow order the terminal is processing now: read from the terminal's ledger,
   * which names the till process in each order's {@code attach}. None when no till has one before
   * the day is over.
   */
  private Option<TillProcess> tillOfASlowOrderAtTheTerminal(List<TillProcess> running) {
    List<String> slow = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      if (FleetTill.centsOf(i).equals(FleetTill.SLOW_CENTS)) {
        slow.add(FleetTill.numberOf(i));
      }
    }
    Set<String> seenBefore = new HashSet<>();
    for (String number : slow) {
      terminal.find(number).forEach(entry -> seenBefore.add(number));
    }
    List<TillProcess> victim = new ArrayList<>();
    Awaitility.await("a slow order at the terminal")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> {
              for (String number : slow) {
                Option<LedgerEntry> entry = terminal.find(number);
                if (entry.isDefined()
                    && !seenBefore.contains(number)
                    && entry.get().status() == TransactionStatus.PROCESSING) {
                  String process = entry.get().order().options().attach().getOrElse("");
                  for (TillProcess till : running) {
                    if (till.name().equals(process) && till.isAlive()) {
                      victim.add(till);
                      return true;
                    }
                  }
                }
              }
              return running.stream().noneMatch(TillProcess::isAlive);
            });
    return victim.isEmpty() ? Option.none() : Option.some(victim.get(0));
  }

  private List<EcrRun> twoRecoverersAtOnce(String url) {
    EcrJar ecr = EcrJar.in(work);
    String[] args = {
      "recover",
      "--terminal",
      terminal.address(),
      "--app-id",
      InProcessSimulator.APP_ID,
      "--journal",
      url,
      "--recovery-deadline",
      "60s",
      "--json"
    };
    CompletableFuture<EcrRun> first = ecr.runNowAsync(args);
    CompletableFuture<EcrRun> second = ecr.runNowAsync(args);
    return List.of(first.join(), second.join());
  }

  private static Map<String, Integer> settledCounts(Map<String, String> settledBy) {
    Map<String, Integer> counts = new HashMap<>();
    settledBy.values().forEach(recoverer -> counts.merge(recoverer, 1, Integer::sum));
    return counts;
  }

  private static List<JournalEntry> unfinished(String url) {
    try (JdbcOrderJournal journal = JdbcOrderJournal.open(url)) {
      return journal.unfinished().toJavaList();
    }
  }

  private static Map<String, JournalEntry> journal(String url) {
    Map<String, JournalEntry> entries = new HashMap<>();
    try (JdbcOrderJournal journal = JdbcOrderJournal.open(url)) {
      for (JournalEntry entry : journal.recent(Integer.MAX_VALUE)) {
        entries.put(entry.merchantOrderNo().value(), entry);
      }
    }
    return entries;
  }

  private static int journaled(String url) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM journal_entry")) {
      return count.next() ? count.getInt(1) : 0;
    } catch (java.sql.SQLException notYetCreated) {
      return 0; // no till has created the schema yet
    }
  }
}
