package io.ecrhub.it.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the "outcome truth" tables through the {@code ecr} command line — real processes, a
 * real WebSocket — against a simulator rehearsing each row: what the CLI prints and the exit code
 * it ends with are the truth of the terminal's ledger. Every run has its own journal and number.
 */
class OutcomeTableCliTest {

  @TempDir static Path work;

  private static TerminalSimulator vendorTerminal;
  private static TerminalSimulator seedTerminal;
  private static EcrJar ecr;

  private static CompletableFuture<EcrRun> successWithoutStatus;
  private static CompletableFuture<EcrRun> unknownErrorWithoutStatus;
  private static CompletableFuture<EcrRun> qrTimeoutWithoutStatus;
  private static CompletableFuture<EcrRun> lateRegistration;
  private static CompletableFuture<List<EcrRun>> voidReportedCancelled;
  private static CompletableFuture<EcrRun> bareRefusal;
  private static CompletableFuture<EcrRun> binaryAnswer;
  private static CompletableFuture<EcrRun> otherAmount;
  private static CompletableFuture<EcrRun> otherType;
  private static CompletableFuture<EcrRun> addedTip;
  private static CompletableFuture<EcrRun> unreadableAmount;
  private static CompletableFuture<List<EcrRun>> numberOfAnotherTill;

  @BeforeAll
  static void startEveryRow() {
    EcrJar.requireJar();
    // the CLI queries at 0, 0.5, 1.5 and 3.5 s: the terminal registers the .84 order at 2.5 s
    vendorTerminal =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults()
                .withPort(0)
                .withTriggerTimings(
                    TriggerTimings.defaults().withLateRegistration(Duration.ofMillis(2500))));
    seedTerminal =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withEchoRequestId(false));
    ecr = EcrJar.in(work);
    successWithoutStatus = ecr.runAsync(sale(vendorTerminal, "CLI81", "12.81"));
    unknownErrorWithoutStatus = ecr.runAsync(sale(vendorTerminal, "CLI82", "12.82"));
    qrTimeoutWithoutStatus = ecr.runAsync(sale(vendorTerminal, "CLI83", "12.83"));
    lateRegistration = ecr.runAsync(sale(vendorTerminal, "CLI84", "12.84"));
    voidReportedCancelled =
        ecr.runAsync(sale(vendorTerminal, "CLI78S", "40.78"))
            .thenCompose(
                sale ->
                    ecr.runAsync(
                            command(
                                vendorTerminal,
                                "void",
                                "CLI78V",
                                "40.78",
                                "--orig-order-no",
                                "CLI78S"))
                        .thenApply(voided -> List.of(sale, voided)));
    bareRefusal = ecr.runAsync(sale(seedTerminal, "CLI85", "12.85"));
    binaryAnswer = ecr.runAsync(sale(vendorTerminal, "CLI86", "12.86"));
    otherAmount = ecr.runAsync(sale(vendorTerminal, "CLI87", "7.87"));
    otherType = ecr.runAsync(sale(vendorTerminal, "CLI88", "7.88"));
    addedTip = ecr.runAsync(sale(vendorTerminal, "CLI89", "7.89"));
    unreadableAmount = ecr.runAsync(sale(vendorTerminal, "CLI90", "7.90"));
    numberOfAnotherTill =
        ecr.runAsync(sale(vendorTerminal, "CLI113", "50.00", "till-a"))
            .thenCompose(
                first ->
                    ecr.runAsync(sale(vendorTerminal, "CLI113", "20.00", "till-b"))
                        .thenApply(second -> List.of(first, second)));
  }

  @AfterAll
  static void stopTerminals() {
    vendorTerminal.close();
    seedTerminal.close();
  }

  @Test
  void codes_that_prove_nothing_without_a_status_end_approved_after_a_query() {
    for (CompletableFuture<EcrRun> run :
        List.of(successWithoutStatus, unknownErrorWithoutStatus, qrTimeoutWithoutStatus)) {
      EcrRun sale = run.join();
      assertThat(sale.exitCode()).as(sale.toString()).isZero();
      assertThat(sale.json().getString("outcome")).isEqualTo("APPROVED");
      assertThat(sale.json().getString("decided_by")).startsWith("approved: query #");
    }
  }

  @Test
  void an_order_registered_seconds_after_the_socket_dropped_ends_approved() {
    EcrRun sale = lateRegistration.join();

    assertThat(sale.exitCode()).as(sale.toString()).isZero();
    assertThat(sale.json().getString("outcome")).isEqualTo("APPROVED");
    assertThat(vendorTerminal.ledger().payOrdersReceived("CLI84")).isEqualTo(1);
  }

  @Test
  void a_void_answered_with_status_cancelled_ends_approved() {
    EcrRun voided = voidReportedCancelled.join().get(1);

    assertThat(voided.exitCode()).as(voided.toString()).isZero();
    assertThat(voided.json().getString("trans_status")).isEqualTo("3");
    assertThat(voided.json().getString("decided_by"))
        .isEqualTo("approved: 000 at the order with status 3");
  }

  @Test
  void a_bare_121_ends_declined_with_121_at_once() {
    EcrRun sale = bareRefusal.join();

    assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(1);
    assertThat(sale.json().getString("response_code")).isEqualTo("121");
    assertThat(sale.json().getString("decided_by")).isEqualTo("declined: 121 at the order");
  }

  @Test
  void an_answer_in_a_binary_frame_ends_approved() {
    EcrRun sale = binaryAnswer.join();

    assertThat(sale.exitCode()).as(sale.toString()).isZero();
    assertThat(sale.json().getString("decided_by"))
        .isEqualTo("approved: 000 at the order with status 2");
  }

  @Test
  void approvals_that_do_not_match_the_order_end_mismatch_with_exit_code_5() {
    List<List<String>> expected =
        List.of(
            List.of("order_amount", "7.87", "0.01"),
            List.of("trans_type", "1", "3"),
            List.of("tip_amount", "(none)", "500.00"),
            List.of("order_amount", "7.90", "\"1e999999\""));
    List<CompletableFuture<EcrRun>> runs =
        List.of(otherAmount, otherType, addedTip, unreadableAmount);
    for (int i = 0; i < runs.size(); i++) {
      EcrRun sale = runs.get(i).join();
      assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(5);
      JsonObject json = sale.json();
      assertThat(json.getString("outcome")).isEqualTo("MISMATCH");
      JsonObject difference = json.getJsonArray("differences").getJsonObject(0);
      assertThat(
              List.of(
                  difference.getString("field"),
                  difference.getString("sent"),
                  difference.getString("reported")))
          .isEqualTo(expected.get(i));
      assertThat(json.getString("order_amount"))
          .as("the order as sent stays on show, never the terminal's other figure")
          .isEqualTo(i == 3 ? "7.90" : List.of("7.87", "7.88", "7.89").get(i));
    }
  }

  @Test
  void a_mismatch_is_shouted_in_the_human_output() {
    EcrRun sale = ecr.run(human(sale(vendorTerminal, "CLI87H", "8.87")));

    assertThat(sale.exitCode()).isEqualTo(5);
    assertThat(sale.stdout())
        .contains("MISMATCH")
        .contains("NOT APPROVED, NOT DECLINED")
        .contains("order_amount")
        .contains("terminal says 0.01, the order says 8.87");
  }

  @Test
  void a_113_for_another_tills_order_ends_declined_and_names_the_other_sale() {
    List<EcrRun> runs = numberOfAnotherTill.join();

    assertThat(runs.get(0).exitCode()).as(runs.get(0).toString()).isZero();
    EcrRun second = runs.get(1);
    assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
    assertThat(second.json().getString("response_code")).isEqualTo("113");
    assertThat(second.json().getString("response_msg")).contains("sale of 50.00");
    assertThat(second.json().getString("decided_by")).startsWith("declined: 113 at the order");
  }

  private static String[] sale(TerminalSimulator terminal, String number, String amount) {
    return command(terminal, "sale", number, amount);
  }

  private static String[] sale(
      TerminalSimulator terminal, String number, String amount, String journal) {
    return withJournal(command(terminal, "sale", number, amount), journal);
  }

  private static String[] command(
      TerminalSimulator terminal, String command, String number, String amount, String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            command,
            "--terminal",
            terminal.address().toString(),
            "--app-id",
            "truth-cli",
            "--order-no",
            number,
            "--amount",
            amount,
            "--json"));
    args.addAll(List.of(extra));
    return withJournal(args.toArray(String[]::new), number);
  }

  private static String[] withJournal(String[] args, String name) {
    List<String> list = new ArrayList<>(List.of(args));
    int at = list.indexOf("--journal");
    if (at >= 0) {
      list.set(at + 1, work.resolve(name + ".db").toString());
    } else {
      list.add("--journal");
      list.add(work.resolve(name + ".db").toString());
    }
    return list.toArray(String[]::new);
  }

  private static String[] human(String[] args) {
    return java.util.Arrays.stream(args)
        .filter(arg -> !arg.equals("--json"))
        .toArray(String[]::new);
  }
}
