package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderOptions;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.TriggerTimings;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every terminal command of {@code ecr}, every exit code and every test trigger, with the jar run
 * as a real process against the simulator on a real WebSocket. The simulator runs in this JVM so
 * that its ledger — the terminal's own record — can be checked: above all, that no order was ever
 * sent twice.
 *
 * <p>The scenarios are independent of each other, so they are all started at once in {@link
 * #startEveryScenario()} (a few JVMs at a time) and each test waits for its own. Each scenario has
 * its own journal file and its own order numbers.
 */
class TerminalCommandsProcessTest {

  @TempDir static Path work;

  private static InProcessSimulator terminal;

  /**
   * A second simulator whose {@code .94} order stays processing for minutes, so that the close of
   * another process surely finds it processing however slowly that process starts.
   */
  private static InProcessSimulator slowTerminal;

  private static EcrJar ecr;

  private static CompletableFuture<EcrRun> humanSale;
  private static CompletableFuture<EcrRun> jsonSale;
  private static CompletableFuture<EcrRun> generatedNumberSale;
  private static CompletableFuture<EcrRun> rejected91;
  private static CompletableFuture<EcrRun> readCardTimeout92;
  private static CompletableFuture<EcrRun> operatorCancelled93;
  private static CompletableFuture<EcrRun> unanswered94;
  private static CompletableFuture<List<EcrRun>> unknown94ThenRecovered;
  private static CompletableFuture<EcrRun> slow95;
  private static CompletableFuture<EcrRun> dropped96;
  private static CompletableFuture<EcrRun> resultUnknown97;
  private static CompletableFuture<EcrRun> cashback;
  private static CompletableFuture<List<EcrRun>> preAuthThenCompletions;
  private static CompletableFuture<List<EcrRun>> preAuthThenCancel;
  private static CompletableFuture<List<EcrRun>> saleThenVoids;
  private static CompletableFuture<List<EcrRun>> saleThenRefunds;
  private static CompletableFuture<EcrRun> fuelSale;
  private static CompletableFuture<List<EcrRun>> closeWhileProcessing;
  private static CompletableFuture<List<EcrRun>> closeCompletedAndUnknown;
  private static CompletableFuture<List<EcrRun>> queries;
  private static CompletableFuture<List<EcrRun>> unreachable;
  private static CompletableFuture<List<EcrRun>> fromEnvironment;

  @BeforeAll
  static void startEveryScenario() {
    terminal = InProcessSimulator.start();
    slowTerminal =
        InProcessSimulator.start(
            new TriggerTimings(
                Duration.ofMinutes(5),
                Duration.ofSeconds(3),
                Duration.ofSeconds(1),
                Duration.ofSeconds(4)));
    ecr = EcrJar.in(work);
    closeWhileProcessing = closeWhileProcessing();
    humanSale = ecr.runAsync(pay("sale", "HUMAN1", "12.34", "--tip", "1.50"));
    jsonSale =
        ecr.runAsync(
            json(
                pay(
                    "sale",
                    "JSON1",
                    "20.00",
                    "--pay-method",
                    "MasterCard",
                    "--scenario",
                    "SWIPE_CARD",
                    "--description",
                    "Coffee and cake",
                    "--attach",
                    "table \"7\"",
                    "--notify-url",
                    "https://pos.example/notify",
                    "--expires",
                    "120",
                    "--confirm-on-terminal",
                    "--manager-auth")));
    generatedNumberSale =
        ecr.runAsync(
            "sale",
            "--terminal",
            terminal.address(),
            "--app-id",
            InProcessSimulator.APP_ID,
            "--journal",
            journal("generated"),
            "--amount",
            "3.00",
            "--json");
    rejected91 = ecr.runAsync(json(pay("sale", "TRIG91", "5.91")));
    readCardTimeout92 = ecr.runAsync(json(pay("sale", "TRIG92", "5.92")));
    operatorCancelled93 = ecr.runAsync(json(pay("sale", "TRIG93", "5.93")));
    unanswered94 = ecr.runAsync(json(pay("sale", "TRIG94", "5.94", "--timeout", "1s")));
    unknown94ThenRecovered = unknownThenRecovered();
    slow95 = ecr.runAsync(json(pay("sale", "TRIG95", "5.95")));
    dropped96 = ecr.runAsync(json(pay("sale", "TRIG96", "5.96")));
    resultUnknown97 = ecr.runAsync(json(pay("sale", "TRIG97", "5.97")));
    cashback = ecr.runAsync(json(pay("cashback", "CASH1", "30.00", "--cashback", "10.00")));
    preAuthThenCompletions = preAuthThenCompletions();
    preAuthThenCancel = preAuthThenCancel();
    saleThenVoids = saleThenVoids();
    saleThenRefunds = saleThenRefunds();
    fuelSale =
        ecr.runAsync(
            json(
                pay(
                    "sale",
                    "FUEL1",
                    "23.50",
                    "--fuel",
                    "01:10.000:1500",
                    "--fuel",
                    "02:5.250:850")));
    closeCompletedAndUnknown = closeCompletedAndUnknown();
    queries = queries();
    unreachable = unreachable();
    fromEnvironment = fromEnvironment();
  }

  @AfterAll
  static void stopSimulator() {
    terminal.close();
    slowTerminal.close();
  }

  // ---------------------------------------------------------------- scenarios

  /** {@code .94} with a recovery deadline too short to see it complete, then {@code recover}. */
  private static CompletableFuture<List<EcrRun>> unknownThenRecovered() {
    String journal = journal("UNKN94");
    return ecr.runAsync(
            json(
                pay(
                    "sale",
                    "UNKN94",
                    "6.94",
                    "--timeout",
                    "1s",
                    "--recovery-deadline",
                    "1s",
                    "--journal",
                    journal)))
        .thenCompose(
            sale ->
                ecr.runAsync("journal", "--journal", journal, "--unfinished")
                    .thenCompose(
                        unfinished -> {
                          awaitStatus("UNKN94", TransactionStatus.COMPLETED);
                          return ecr.runAsync(
                                  "recover",
                                  "--terminal",
                                  terminal.address(),
                                  "--app-id",
                                  InProcessSimulator.APP_ID,
                                  "--journal",
                                  journal)
                              .thenCompose(
                                  recover ->
                                      ecr.runAsync("journal", "--journal", journal, "--json")
                                          .thenApply(
                                              listed ->
                                                  List.of(sale, unfinished, recover, listed)));
                        }));
  }

  private static CompletableFuture<List<EcrRun>> preAuthThenCompletions() {
    return chain(
        json(pay("preauth", "PRE1", "50.00")),
        json(pay("completion", "PRE1C1", "60.00", "--orig-order-no", "PRE1")),
        json(pay("completion", "PRE1C2", "40.00", "--orig-order-no", "PRE1")));
  }

  private static CompletableFuture<List<EcrRun>> preAuthThenCancel() {
    return chain(
        json(pay("preauth", "PRE2", "50.00")),
        json(pay("preauth-cancel", "PRE2X", "50.00", "--orig-order-no", "PRE2")),
        json(query("PRE2")));
  }

  private static CompletableFuture<List<EcrRun>> saleThenVoids() {
    return chain(
        json(pay("sale", "VOID0", "15.00")),
        json(pay("void", "VOID1", "15.00", "--orig-order-no", "VOID0")),
        json(query("VOID0")),
        json(pay("void", "VOID2", "15.00", "--orig-order-no", "VOID0")));
  }

  private static CompletableFuture<List<EcrRun>> saleThenRefunds() {
    return chain(
        json(pay("sale", "REF0", "30.00")),
        json(pay("refund", "REF1", "10.00", "--orig-order-no", "REF0")),
        json(pay("refund", "REF2", "25.00", "--orig-order-no", "REF0")),
        json(pay("refund", "REF3", "1.00", "--orig-order-no", "NOSUCHSALE")));
  }

  /** A {@code .94} sale waits for its answer while another process closes it. */
  private static CompletableFuture<List<EcrRun>> closeWhileProcessing() {
    CompletableFuture<EcrRun> sale =
        ecr.runAsync(at(slowTerminal, json(pay("sale", "CLOSE1", "7.94", "--timeout", "3s"))));
    return CompletableFuture.supplyAsync(() -> slowTerminal.awaitArrival("CLOSE1"))
        .thenCompose(arrived -> ecr.runNowAsync(at(slowTerminal, json(close("CLOSE1")))))
        .thenCompose(close -> sale.thenApply(paid -> List.of(close, paid)));
  }

  /** {@code args} aimed at {@code simulator} instead of the shared one. */
  private static String[] at(InProcessSimulator simulator, String[] args) {
    String[] aimed = args.clone();
    for (int i = 0; i < aimed.length - 1; i++) {
      if (aimed[i].equals("--terminal")) {
        aimed[i + 1] = simulator.address();
      }
    }
    return aimed;
  }

  private static CompletableFuture<List<EcrRun>> closeCompletedAndUnknown() {
    return chain(
        json(pay("sale", "CLOSE2", "8.00")), json(close("CLOSE2")), json(close("NOSUCHORDER")));
  }

  private static CompletableFuture<List<EcrRun>> queries() {
    return chain(json(pay("sale", "QUERY1", "9.00")), query("QUERY1"), json(query("NOSUCHQUERY")));
  }

  /** A port nothing listens on: closed right after an ephemeral bind. */
  private static CompletableFuture<List<EcrRun>> unreachable() {
    String journal = journal("UNREACH");
    String closedPort = "ws://127.0.0.1:" + ClosedPort.find();
    return ecr.runAsync(
            "sale",
            "--terminal",
            closedPort,
            "--app-id",
            InProcessSimulator.APP_ID,
            "--journal",
            journal,
            "--order-no",
            "UNREACH1",
            "--amount",
            "1.00",
            "--connect-timeout",
            "1s",
            "--json")
        .thenCompose(
            sale ->
                ecr.runAsync("journal", "--journal", journal, "--json")
                    .thenApply(listed -> List.of(sale, listed)));
  }

  /** No {@code --terminal}, {@code --app-id} or {@code --journal}: the ECR_* variables. */
  private static CompletableFuture<List<EcrRun>> fromEnvironment() {
    EcrJar configured =
        ecr.withEnvironment(
            Map.of(
                "ECR_TERMINAL", terminal.address(),
                "ECR_APP_ID", InProcessSimulator.APP_ID,
                "ECR_JOURNAL", journal("environment")));
    return configured
        .runAsync("sale", "--order-no", "ENV1", "--amount", "4.00", "--json")
        .thenCompose(
            sale ->
                configured
                    .runAsync("journal", "--json")
                    .thenCompose(
                        listed ->
                            configured
                                .runAsync(
                                    "sale",
                                    "--order-no",
                                    "ENV2",
                                    "--amount",
                                    "4.00",
                                    "--app-id",
                                    "someoneelse",
                                    "--json")
                                .thenApply(wrongApp -> List.of(sale, listed, wrongApp))));
  }

  // ---------------------------------------------------------------- tests

  @Test
  void an_approved_sale_prints_what_was_sent_then_the_answer_in_aligned_lines() {
    EcrRun run = humanSale.join();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout())
        .startsWith("sale to " + terminal.address())
        .containsPattern("\n  merchant_order_no +HUMAN1\n")
        .containsPattern("\n  order_amount +12.34\n")
        .containsPattern("\n  tip_amount +1.50\n")
        .containsPattern("\nAPPROVED in \\d+ ms\n")
        .containsPattern("\n  response_code +000 ")
        .containsPattern("\n  trans_no +5021\\d{18}\n")
        .containsPattern("\n  trans_status +2 \\(completed\\)\n")
        .containsPattern("\n  pay_method_id +Visa\n")
        .containsPattern("\n  trans_end_time +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\n")
        .as("stdout is not a terminal: no live waiting line")
        .doesNotContain("waiting for the terminal")
        .doesNotContain("\r");
    assertThat(terminal.payOrdersReceived("HUMAN1")).isEqualTo(1);
  }

  @Test
  void json_output_is_one_object_with_every_documented_field() {
    EcrRun run = jsonSale.join();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonObject json = run.json();
    assertThat(json.keySet())
        .contains(
            "outcome",
            "merchant_order_no",
            "response_code",
            "response_msg",
            "trans_no",
            "trans_status",
            "trans_type",
            "order_amount",
            "pay_method_id",
            "violations",
            "exit_code");
    assertThat(json.getString("outcome")).isEqualTo("APPROVED");
    assertThat(json.getString("merchant_order_no")).isEqualTo("JSON1");
    assertThat(json.getString("response_code")).isEqualTo("000");
    assertThat(json.getString("trans_no")).matches("\\d{22}");
    assertThat(json.getString("trans_status")).isEqualTo("2");
    assertThat(json.getString("trans_type")).isEqualTo("1");
    assertThat(json.getString("order_amount")).isEqualTo("20.00");
    assertThat(json.getString("pay_method_id")).isEqualTo("MasterCard");
    assertThat(json.getString("attach")).isEqualTo("table \"7\"");
    assertThat(json.getJsonArray("violations")).isEmpty();
    assertThat(json.getBoolean("order_no_generated")).isFalse();

    OrderOptions sent = terminal.find("JSON1").get().order().options();
    assertThat(sent.description()).contains("Coffee and cake");
    assertThat(sent.expiresSeconds()).contains(120);
    assertThat(sent.confirmOnTerminal()).contains(true);
    assertThat(sent.requiredTerminalAuthentication()).contains(true);
    assertThat(sent.notifyUrl().map(url -> url.value())).contains("https://pos.example/notify");
  }

  @Test
  void a_missing_order_number_is_generated_printed_and_sent() {
    EcrRun run = generatedNumberSale.join();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonObject json = run.json();
    assertThat(json.getBoolean("order_no_generated")).isTrue();
    String number = json.getString("merchant_order_no");
    assertThat(number).matches("ECR\\d{12}[A-Z0-9]{6}");
    assertThat(terminal.payOrdersReceived(number)).isEqualTo(1);
  }

  @Test
  void triggers_91_92_93_decline_with_exit_1_and_the_terminal_code() {
    assertDeclined(rejected91.join(), "115");
    assertDeclined(readCardTimeout92.join(), "111");
    assertDeclined(operatorCancelled93.join(), "110");
  }

  private static void assertDeclined(EcrRun run, String code) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonObject json = run.json();
    assertThat(json.getString("outcome")).isEqualTo("DECLINED");
    assertThat(json.getString("response_code")).isEqualTo(code);
    assertThat(json.getString("trans_status")).isEqualTo("1");
  }

  @Test
  void trigger_94_unanswered_is_settled_by_query_and_never_sent_again() {
    EcrRun run = unanswered94.join();

    assertApprovedAndSentOnce(run, "TRIG94");
    assertThat(run.json().getString("trans_status")).isEqualTo("2");
  }

  /** The run exited 0 with an approval, and the terminal received its {@code pay.order} once. */
  private static void assertApprovedAndSentOnce(EcrRun run, String orderNo) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().getString("outcome")).isEqualTo("APPROVED");
    assertThat(run.json().getString("merchant_order_no")).isEqualTo(orderNo);
    assertThat(terminal.payOrdersReceived(orderNo)).isEqualTo(1);
  }

  @Test
  void trigger_94_past_the_recovery_deadline_exits_3_and_recover_settles_it() {
    List<EcrRun> runs = unknown94ThenRecovered.join();
    EcrRun sale = runs.get(0);
    EcrRun unfinished = runs.get(1);
    EcrRun recover = runs.get(2);
    EcrRun journal = runs.get(3);

    assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(3);
    assertThat(sale.json().getString("outcome")).isEqualTo("UNKNOWN");
    assertThat(sale.json().getString("trans_status")).isEqualTo("0");
    assertThat(sale.json().getString("detail")).contains("do not ring it up again");

    assertThat(unfinished.exitCode()).isZero();
    assertThat(unfinished.stdout())
        .contains("1 unfinished order")
        .contains("UNKN94")
        .contains("UNKNOWN");

    assertThat(recover.exitCode()).as(recover.toString()).isZero();
    assertThat(recover.stdout())
        .containsPattern("\nUNKN94 +1 \\(sale\\) +6.94 +APPROVED +000 ")
        .contains("settled 1 of 1: 1 approved");

    JsonObject entry = journal.json().getJsonArray("entries").getJsonObject(0);
    assertThat(entry.getString("merchant_order_no")).isEqualTo("UNKN94");
    assertThat(entry.getString("state")).isEqualTo("APPROVED");
    assertThat(terminal.payOrdersReceived("UNKN94")).isEqualTo(1);
  }

  @Test
  void trigger_95_slow_approval_is_waited_for() {
    EcrRun run = slow95.join();

    assertApprovedAndSentOnce(run, "TRIG95");
  }

  @Test
  void trigger_96_dropped_connection_is_settled_by_query_after_reconnecting() {
    EcrRun run = dropped96.join();

    assertApprovedAndSentOnce(run, "TRIG96");
  }

  @Test
  void trigger_97_result_unknown_is_settled_by_query() {
    EcrRun run = resultUnknown97.join();

    assertApprovedAndSentOnce(run, "TRIG97");
    assertThat(run.json().getString("trans_status")).isEqualTo("2");
  }

  @Test
  void cashback_sale_is_approved_with_its_cash_amount() {
    EcrRun run = cashback.join();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().getString("trans_type")).isEqualTo("11");
    assertThat(run.json().getString("cashback_amount")).isEqualTo("10.00");
  }

  @Test
  void completion_may_not_exceed_its_pre_authorisation() {
    List<EcrRun> runs = preAuthThenCompletions.join();

    assertThat(runs.get(0).exitCode()).as(runs.get(0).toString()).isZero();
    assertThat(runs.get(1).exitCode()).as(runs.get(1).toString()).isEqualTo(1);
    assertThat(runs.get(1).json().getString("response_code")).isEqualTo("120");
    assertThat(runs.get(2).exitCode()).as(runs.get(2).toString()).isZero();
    assertThat(runs.get(2).json().getString("trans_type")).isEqualTo("6");
    assertThat(runs.get(2).json().getString("orig_merchant_order_no")).isEqualTo("PRE1");
  }

  @Test
  void pre_auth_cancel_cancels_its_original() {
    List<EcrRun> runs = preAuthThenCancel.join();

    assertThat(runs.get(1).exitCode()).as(runs.get(1).toString()).isZero();
    assertThat(runs.get(1).json().getString("trans_type")).isEqualTo("5");
    assertThat(runs.get(2).exitCode()).as(runs.get(2).toString()).isZero();
    assertThat(runs.get(2).json().getString("outcome")).isEqualTo("OK");
    assertThat(runs.get(2).json().getString("trans_status")).isEqualTo("3");
  }

  @Test
  void void_cancels_the_sale_and_cannot_be_repeated() {
    List<EcrRun> runs = saleThenVoids.join();

    assertThat(runs.get(1).exitCode()).as(runs.get(1).toString()).isZero();
    assertThat(runs.get(2).json().getString("trans_status")).isEqualTo("3");
    assertThat(runs.get(3).exitCode()).as(runs.get(3).toString()).isEqualTo(1);
    assertThat(runs.get(3).json().getString("response_code")).isEqualTo("119");
  }

  @Test
  void refunds_may_not_add_up_to_more_than_the_sale_nor_refund_nothing() {
    List<EcrRun> runs = saleThenRefunds.join();

    assertThat(runs.get(1).exitCode()).as(runs.get(1).toString()).isZero();
    assertThat(runs.get(1).json().getString("trans_type")).isEqualTo("3");
    assertThat(runs.get(2).exitCode()).as(runs.get(2).toString()).isEqualTo(1);
    assertThat(runs.get(2).json().getString("response_code")).isEqualTo("120");
    assertThat(runs.get(3).exitCode()).as(runs.get(3).toString()).isEqualTo(1);
    assertThat(runs.get(3).json().getString("response_code")).isEqualTo("104");
  }

  @Test
  void fuel_lines_are_sent_as_forecourt_data() {
    EcrRun run = fuelSale.join();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    LedgerEntry entry = terminal.find("FUEL1").get();
    assertThat(entry.order().forecourtData())
        .extracting(item -> item.code().value() + " " + item.amountToWire())
        .containsExactly("01 1500", "02 850");
  }

  @Test
  void closing_an_order_still_processing_ends_it_declined() {
    List<EcrRun> runs = closeWhileProcessing.join();
    EcrRun close = runs.get(0);
    EcrRun sale = runs.get(1);

    assertThat(close.exitCode()).as(close.toString()).isZero();
    assertThat(close.json().getString("outcome")).isEqualTo("OK");
    assertThat(close.json().getString("response_code")).isEqualTo("000");
    assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(1);
    assertThat(sale.json().getString("outcome")).isEqualTo("DECLINED");
    assertThat(sale.json().getString("trans_status")).isEqualTo("1");
    assertThat(slowTerminal.find("CLOSE1").get().status()).isEqualTo(TransactionStatus.CLOSED);
    assertThat(slowTerminal.payOrdersReceived("CLOSE1")).isEqualTo(1);
  }

  @Test
  void closing_a_completed_or_unknown_order_is_refused_with_exit_1() {
    List<EcrRun> runs = closeCompletedAndUnknown.join();

    assertThat(runs.get(1).exitCode()).as(runs.get(1).toString()).isEqualTo(1);
    assertThat(runs.get(1).json().getString("response_code")).isEqualTo("201");
    assertThat(runs.get(2).exitCode()).as(runs.get(2).toString()).isEqualTo(1);
    assertThat(runs.get(2).json().getString("response_code")).isEqualTo("104");
  }

  @Test
  void query_answers_0_for_a_known_order_and_1_for_an_unknown_one() {
    List<EcrRun> runs = queries.join();
    EcrRun known = runs.get(1);
    EcrRun unknown = runs.get(2);

    assertThat(known.exitCode()).as(known.toString()).isZero();
    assertThat(known.stdout())
        .startsWith("query QUERY1 on " + terminal.address())
        .containsPattern("\nOK in \\d+ ms\n")
        .containsPattern("\n  trans_status +2 \\(completed\\)\n")
        .containsPattern("\n  order_amount +9.00\n");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(1);
    assertThat(unknown.json().getString("outcome")).isEqualTo("DECLINED");
    assertThat(unknown.json().getString("response_code")).isEqualTo("104");
  }

  @Test
  void an_unreachable_terminal_exits_4_with_nothing_sent_or_journaled() {
    List<EcrRun> runs = unreachable.join();
    EcrRun sale = runs.get(0);

    assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(4);
    assertThat(sale.json().getString("outcome")).isEqualTo("UNREACHABLE");
    assertThat(sale.json().getString("detail")).startsWith("nothing was sent");
    assertThat(runs.get(1).json().getInt("count")).isZero();
  }

  @Test
  void terminal_app_id_and_journal_fall_back_to_the_environment() {
    List<EcrRun> runs = fromEnvironment.join();
    EcrRun sale = runs.get(0);
    EcrRun listed = runs.get(1);
    EcrRun wrongApp = runs.get(2);

    assertThat(sale.exitCode()).as(sale.toString()).isZero();
    assertThat(sale.json().getString("terminal")).isEqualTo(terminal.address());
    assertThat(Path.of(listed.json().getString("journal")))
        .isEqualTo(Path.of(journal("environment")).toAbsolutePath().normalize());
    assertThat(listed.json().getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("merchant_order_no"))
        .contains("ENV1");
    assertThat(wrongApp.exitCode())
        .as("--app-id wins over ECR_APP_ID, and the terminal refuses another app\n%s", wrongApp)
        .isEqualTo(1);
    assertThat(wrongApp.json().getString("response_code")).isEqualTo("202");
  }

  @Test
  void a_journal_in_the_way_of_a_payment_is_a_usage_error_before_anything_is_sent()
      throws Exception {
    Path directoryInTheWay = Files.createDirectories(work.resolve("journal-is-a-directory.db"));

    EcrRun run =
        ecr.run(json(pay("sale", "JRNL1", "1.00", "--journal", directoryInTheWay.toString())));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("--journal");
    assertThat(terminal.payOrdersReceived("JRNL1")).isZero();
  }

  // ---------------------------------------------------------------- helpers

  /** A payment command against the simulator with its own journal unless one is given. */
  private static String[] pay(String command, String orderNo, String amount, String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            command,
            "--terminal",
            terminal.address(),
            "--app-id",
            InProcessSimulator.APP_ID,
            "--order-no",
            orderNo,
            "--amount",
            amount));
    if (!List.of(extra).contains("--journal")) {
      args.addAll(List.of("--journal", journal(orderNo)));
    }
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private static String[] query(String orderNo) {
    return new String[] {
      "query",
      "--terminal",
      terminal.address(),
      "--app-id",
      InProcessSimulator.APP_ID,
      "--order-no",
      orderNo
    };
  }

  private static String[] close(String orderNo) {
    return new String[] {
      "close",
      "--terminal",
      terminal.address(),
      "--app-id",
      InProcessSimulator.APP_ID,
      "--order-no",
      orderNo
    };
  }

  private static String[] json(String... args) {
    String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
    withJson[args.length] = "--json";
    return withJson;
  }

  private static String journal(String name) {
    return work.resolve(name + ".db").toString();
  }

  /** Runs the commands one after another, each once the previous one ended. */
  private static CompletableFuture<List<EcrRun>> chain(String[]... commands) {
    CompletableFuture<List<EcrRun>> runs = CompletableFuture.completedFuture(List.of());
    for (String[] command : commands) {
      runs =
          runs.thenCompose(
              done ->
                  ecr.runAsync(command)
                      .thenApply(
                          run -> {
                            List<EcrRun> all = new ArrayList<>(done);
                            all.add(run);
                            return all;
                          }));
    }
    return runs;
  }

  private static void awaitStatus(String orderNo, TransactionStatus status) {
    Awaitility.await("order " + orderNo + " in status " + status)
        .atMost(Duration.ofSeconds(60))
        .until(() -> terminal.find(orderNo).exists(entry -> entry.status().equals(status)));
  }
}
