package io.ecrhub.it.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import io.ecrhub.it.cli.InProcessSimulator;
import io.ecrhub.journal.jdbc.JournalExport;
import io.ecrhub.simulator.TriggerTimings;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ecr} jar, as real processes, on a journal in a real PostgreSQL database whose URL
 * carries a password: the password never shows in any output or error; {@code ecr reconcile} finds
 * the disagreements planted in the journal, both ways; a journal that cannot be reached means
 * nothing is sent, and a journal that fails after the send keeps the fact that the order was sent,
 * so that {@code ecr recover} settles it without sending it again.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PostgresJournalProcessTest {

  private static final String SECRET = "s3cret-h18b";

  @TempDir Path work;

  private InProcessSimulator terminal;
  private EcrJar ecr;
  private final List<EcrRun> runs = new ArrayList<>();

  @BeforeEach
  void startTerminal() {
    terminal = InProcessSimulator.start(Duration.ofMillis(20), TriggerTimings.defaults());
    ecr = EcrJar.in(work);
  }

  @AfterEach
  void stopTerminalAndCheckNoRunShowedThePassword() {
    terminal.close();
    assertThat(runs)
        .isNotEmpty()
        .allSatisfy(
            run ->
                assertThat(run.stdout() + run.stderr())
                    .as("the password in the journal URL, shown by: %s", run)
                    .doesNotContain(SECRET));
  }

  @Test
  void reconcile_finds_the_mismatches_planted_in_a_postgresql_journal_both_ways() throws Exception {
    String url = PostgresDatabases.shared().newDatabase() + "&password=" + SECRET;

    assertThat(pay(url, "R1", "10.00").exitCode()).isZero();
    assertThat(pay(url, "R2", "20.93").exitCode()).as("operator cancelled: closed").isEqualTo(1);
    assertThat(pay(url, "R3", "30.00").exitCode()).isZero();
    plant(url, "R1", "DECLINED"); // the terminal completed it
    plant(url, "R2", "APPROVED"); // the terminal has it closed

    EcrRun reconcile =
        run("reconcile", "--journal", url, "--json", "--terminal", terminal.address());

    assertThat(reconcile.exitCode()).as(reconcile.toString()).isEqualTo(5);
    JsonObject result = reconcile.json();
    assertThat(result.getString("journal")).contains("password=***");
    Map<String, String> agreement =
        result.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
            .collect(
                Collectors.toMap(
                    order -> order.getString("merchant_order_no"),
                    order -> order.getString("agreement")));
    assertThat(agreement)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("R1", "DISAGREES", "R2", "DISAGREES", "R3", "AGREES"));

    EcrRun export =
        ecr.withEnvironment(Map.of("ECR_JOURNAL", url)).run("journal", "--export", "csv");
    runs.add(export);
    assertThat(export.exitCode()).as(export.toString()).isZero();
    List<String> lines = export.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", JournalExport.COLUMNS));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("lane-9,").contains(",R1,");

    EcrRun recover = run("recover", "--journal", url, "--terminal", terminal.address());
    assertThat(recover.exitCode()).as(recover.toString()).isZero();
    assertThat(recover.stdout()).contains("nothing to recover").contains("password=***");
  }

  @Test
  void a_journal_that_cannot_be_reached_means_not_sent_and_one_that_fails_after_the_send_keeps_it()
      throws Exception {
    try (PostgresDatabases server = PostgresDatabases.own(work.resolve("pgdata"))) {
      String url = server.newDatabase() + "&password=" + SECRET;
      assertThat(pay(url, "OK1", "1.00").exitCode()).isZero();

      // the order reaches the terminal, which works on it for 5 s; meanwhile the database goes
      EcrJar.requireJar();
      var sale =
          ecr.start(
              "sale",
              "--terminal",
              terminal.address(),
              "--app-id",
              InProcessSimulator.APP_ID,
              "--journal",
              url,
              "--order-no",
              "GONE1",
              "--amount",
              "12.94",
              "--timeout",
              "2s",
              "--json");
      terminal.awaitArrival("GONE1");
      server.stop();
      EcrRun paid = sale.awaitExit(2, TimeUnit.MINUTES);
      runs.add(paid);
      assertThat(paid.stdout()).as(paid.toString()).contains("\"outcome\":\"APPROVED\"");
      assertThat(paid.exitCode()).as(paid.toString()).isZero();
      assertThat(paid.stderr()).as(paid.toString()).isEmpty();

      EcrRun down = pay(url, "DOWN1", "1.00");
      assertThat(down.exitCode()).as(down.toString()).isEqualTo(2);
      assertThat(down.stderr()).contains("--journal").contains("password=***");
      assertThat(terminal.payOrdersReceived("DOWN1")).as("sent without a journal").isZero();

      server.restart();
      EcrRun unfinished = run("journal", "--journal", url, "--unfinished", "--json");
      assertThat(unfinished.json().getJsonArray("entries").getValuesAs(JsonObject.class))
          .extracting(
              entry -> entry.getString("merchant_order_no") + " " + entry.getString("state"))
          .as("the outcome could not be written, the fact that it was sent was not lost")
          .containsExactly("GONE1 SENT");

      EcrRun recover = run("recover", "--journal", url, "--terminal", terminal.address(), "--json");
      assertThat(recover.exitCode()).as(recover.toString()).isZero();
      assertThat(recover.json().getJsonArray("orders").getJsonObject(0).getString("outcome"))
          .isEqualTo("APPROVED");
      assertThat(terminal.payOrdersReceived("GONE1")).isEqualTo(1);

      EcrRun unreachable =
          run(
              "journal",
              "--journal",
              "jdbc:postgresql://127.0.0.1:" + closedPort() + "/ecr?user=pos&password=" + SECRET);
      assertThat(unreachable.exitCode()).as(unreachable.toString()).isEqualTo(2);
      assertThat(unreachable.stderr()).contains("password=***");
    }
  }

  private EcrRun pay(String url, String number, String amount) {
    return run(
        "sale",
        "--terminal",
        terminal.address(),
        "--app-id",
        InProcessSimulator.APP_ID,
        "--journal",
        url,
        "--till",
        "lane-9",
        "--order-no",
        number,
        "--amount",
        amount);
  }

  private EcrRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.get(0).equals("reconcile") || all.get(0).equals("recover")) {
      all.addAll(List.of("--app-id", InProcessSimulator.APP_ID));
    }
    EcrRun run = ecr.run(all.toArray(String[]::new));
    runs.add(run);
    return run;
  }

  /** A row edited behind the journal's back, as a faulty back office or a bad restore would. */
  private static void plant(String url, String number, String state) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE journal_entry SET journal_state = ? WHERE merchant_order_no = ?")) {
      update.setString(1, state);
      update.setString(2, number);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
