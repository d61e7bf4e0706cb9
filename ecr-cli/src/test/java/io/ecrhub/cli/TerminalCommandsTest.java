package io.ecrhub.cli;

import static io.ecrhub.cli.CommandLineUsageTest.onlyJsonObject;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal commands run in this JVM against the simulator on a real WebSocket (Tyrus on
 * loopback), with a journal in a temporary directory. The process-level suite in ecr-it runs the
 * jar; this one keeps the command code itself under test and fast.
 */
class TerminalCommandsTest {

  private static final String APP_ID = "clitest";

  private static TerminalSimulator simulator;

  @TempDir Path directory;

  @BeforeAll
  static void startSimulator() {
    simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults()
                .withPort(0)
                .withAppId(APP_ID)
                .withApproveDelay(Duration.ofMillis(20))
                .withTriggerTimings(TriggerTimings.all(Duration.ofMillis(1500))));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  private CapturedRun ecr(String... args) {
    return ecr(false, args);
  }

  /**
   * Runs {@code args} with the options each kind of command needs: the simulator for terminal
   * commands, the test's journal for commands that keep one.
   */
  private CapturedRun ecr(boolean interactive, String... args) {
    String command = args[0];
    List<String> all = new ArrayList<>(List.of(args));
    if (!command.equals("journal")) {
      all.addAll(List.of("--terminal", simulator.address().toString(), "--app-id", APP_ID));
    }
    if (!command.equals("query") && !command.equals("close")) {
      all.addAll(List.of("--journal", directory.resolve("journal.db").toString()));
    }
    return CapturedRun.run(Map.of(), directory, interactive, all.toArray(String[]::new));
  }

  @Test
  void an_approved_sale_shows_what_was_sent_and_the_terminal_answer() {
    CapturedRun run = ecr("sale", "--order-no", "CMD01", "--amount", "12.34", "--tip", "1.00");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("sale to " + simulator.address())
        .containsPattern("merchant_order_no +CMD01")
        .containsPattern("tip_amount +1.00")
        .containsPattern("APPROVED in \\d+ ms")
        .containsPattern("response_code +000")
        .containsPattern("trans_status +2 \\(completed\\)")
        .containsPattern("trans_no +\\d{22}")
        .doesNotContain("waiting for the terminal");
    assertThat(simulator.ledger().payOrdersReceived("CMD01")).isEqualTo(1);
  }

  @Test
  void a_generated_order_number_is_printed_and_can_be_queried() {
    CapturedRun sale = ecr("sale", "--amount", "3.00", "--json");
    JsonObject paid = onlyJsonObject(sale.out());
    assertThat(paid.getBoolean("order_no_generated")).isTrue();
    String number = paid.getString("merchant_order_no");

    CapturedRun query = ecr("query", "--order-no", number, "--json");

    assertThat(query.exitCode()).as(query.toString()).isZero();
    JsonObject answer = onlyJsonObject(query.out());
    assertThat(answer.getString("outcome")).isEqualTo("OK");
    assertThat(answer.getString("trans_status")).isEqualTo("2");
    assertThat(answer.getString("trans_no")).isEqualTo(paid.getString("trans_no"));
  }

  @Test
  void a_declined_sale_exits_1_with_the_terminal_code() {
    CapturedRun run = ecr("sale", "--order-no", "CMD03", "--amount", "4.91", "--json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonObject json = onlyJsonObject(run.out());
    assertThat(json.getString("outcome")).isEqualTo("DECLINED");
    assertThat(json.getString("response_code")).isEqualTo("115");
    assertThat(json.getString("trans_status")).isEqualTo("1");
  }

  @Test
  void a_number_already_in_the_journal_is_invalid_and_not_sent_again() {
    assertThat(ecr("sale", "--order-no", "CMD04", "--amount", "1.00").exitCode()).isZero();

    CapturedRun again = ecr("sale", "--order-no", "CMD04", "--amount", "1.00");

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--order-no").contains("already used");
    assertThat(simulator.ledger().payOrdersReceived("CMD04")).isEqualTo(1);
  }

  @Test
  void closing_a_completed_order_is_refused_by_the_terminal() {
    assertThat(ecr("sale", "--order-no", "CMD05", "--amount", "1.00").exitCode()).isZero();

    CapturedRun close = ecr("close", "--order-no", "CMD05");

    assertThat(close.exitCode()).as(close.toString()).isEqualTo(1);
    assertThat(close.out()).contains("DECLINED").containsPattern("response_code +201");
  }

  @Test
  void an_unknown_outcome_exits_3_and_recover_settles_it_once_the_terminal_completes_it() {
    CapturedRun sale =
        ecr(
            "sale",
            "--order-no",
            "CMD06",
            "--amount",
            "2.94",
            "--timeout",
            "200ms",
            "--recovery-deadline",
            "200ms");
    assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(3);
    assertThat(sale.out()).contains("UNKNOWN").contains("do not ring it up again");

    CapturedRun unfinished = ecr("journal", "--unfinished");
    assertThat(unfinished.out()).contains("CMD06").contains("UNKNOWN");

    CapturedRun recover = ecr("recover", "--json");

    assertThat(recover.exitCode()).as(recover.toString()).isZero();
    JsonObject json = onlyJsonObject(recover.out());
    JsonObject order = json.getJsonArray("orders").getJsonObject(0);
    assertThat(order.getString("merchant_order_no")).isEqualTo("CMD06");
    assertThat(order.getString("outcome")).isEqualTo("APPROVED");
    assertThat(simulator.ledger().find("CMD06").get().status())
        .isEqualTo(TransactionStatus.COMPLETED);
    assertThat(simulator.ledger().payOrdersReceived("CMD06")).isEqualTo(1);
    assertThat(ecr("journal", "--unfinished").out()).contains("no unfinished orders");
  }

  @Test
  void on_a_terminal_the_waiting_line_is_drawn_and_erased() {
    CapturedRun run = ecr(true, "sale", "--order-no", "CMD07", "--amount", "1.95");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("\rwaiting for the terminal")
        .contains("1 s")
        .contains("APPROVED");
  }

  @Test
  void an_unreachable_terminal_exits_4_and_journals_nothing() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CapturedRun run =
        CapturedRun.run(
            Map.of(),
            directory,
            "sale",
            "--terminal",
            "ws://127.0.0.1:" + closedPort,
            "--app-id",
            APP_ID,
            "--journal",
            directory.resolve("journal.db").toString(),
            "--order-no",
            "CMD08",
            "--amount",
            "1.00",
            "--connect-timeout",
            "500ms",
            "--json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
    assertThat(onlyJsonObject(run.out()).getString("outcome")).isEqualTo("UNREACHABLE");
    assertThat(ecr("journal").out()).doesNotContain("CMD08");
  }
}
