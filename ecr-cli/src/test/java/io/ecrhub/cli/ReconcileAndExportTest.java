package io.ecrhub.cli;

import static io.ecrhub.cli.CommandLineUsageTest.onlyJsonObject;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalExport;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecr reconcile}, {@code ecr journal --export} and {@code --till}, in this JVM against the
 * simulator on a real WebSocket, with an SQLite journal whose rows a test edits to plant
 * disagreements.
 */
class ReconcileAndExportTest {

  private static final String APP_ID = "reconcile";

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
                .withApproveDelay(Duration.ofMillis(20)));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @Test
  void reconcile_flags_a_planted_mismatch_both_ways_settles_what_is_unfinished_and_exits_5()
      throws Exception {
    pay("R1", "10.00", 0);
    pay("R2", "20.93", 1); // the operator cancelled it: closed at the terminal, status 1
    pay("R3", "30.91", 1);
    plant("R1", "DECLINED"); // the terminal completed it
    plant("R2", "APPROVED"); // the terminal has it closed
    leavePending("R4");

    CapturedRun run = ecr("reconcile", "--json", "--recovery-deadline", "2s");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(5);
    JsonObject result = onlyJsonObject(run.out());
    assertThat(result.getString("outcome")).isEqualTo("MISMATCH");
    assertThat(result.getBoolean("all_agree")).isFalse();
    assertThat(result.getString("summary")).isEqualTo("4 orders: 1 agrees, 1 settled, 2 disagrees");
    Map<String, JsonObject> orders = byNumber(result.getJsonArray("orders"));
    assertThat(orders.get("R1").getString("agreement")).isEqualTo("DISAGREES");
    assertThat(orders.get("R1").getString("journal_state")).isEqualTo("DECLINED");
    assertThat(orders.get("R1").getString("terminal_said")).isEqualTo("000, status 2");
    assertThat(orders.get("R1").getString("explanation"))
        .contains("the journal says no money moved, but the terminal completed the order");
    assertThat(orders.get("R2").getString("agreement")).isEqualTo("DISAGREES");
    assertThat(orders.get("R2").getString("trans_status")).isEqualTo("1");
    assertThat(orders.get("R2").getString("explanation"))
        .contains("the journal says it was paid, but the terminal charged nothing for it");
    assertThat(orders.get("R3").getString("agreement")).isEqualTo("AGREES");
    assertThat(orders.get("R4").getString("agreement")).isEqualTo("SETTLED");
    assertThat(orders.get("R4").getString("settled_as")).isEqualTo("NOT_SENT");
    assertThat(journalStates())
        .as("disagreements are left for a person; the unfinished order is settled")
        .containsEntry("R1", "DECLINED")
        .containsEntry("R2", "APPROVED")
        .containsEntry("R4", "NOT_SENT");
    assertThat(simulator.ledger().payOrdersReceived("R4")).as("never sent by reconcile").isZero();

    CapturedRun human = ecr("reconcile");
    assertThat(human.exitCode()).as(human.toString()).isEqualTo(5);
    assertThat(human.out())
        .contains("reconciling " + journal() + " from ")
        .containsPattern("R1 +1 sale +10\\.00 +DISAGREES +journal DECLINED")
        .contains("DISAGREEMENT: the journal and the terminal differ on 2 order(s)");

    CapturedRun csv = ecr("reconcile", "--csv");
    List<String> lines = csv.out().lines().toList();
    assertThat(csv.out()).contains("\r\n");
    assertThat(lines.get(0)).startsWith("terminal_id,till_id,merchant_order_no,");
    assertThat(lines).hasSize(5);
    assertThat(lines.stream().filter(line -> line.contains(",R1,")).findFirst().orElseThrow())
        .contains(",DISAGREES,");
  }

  @Test
  void when_journal_and_terminal_agree_reconcile_exits_0() {
    pay("A1", "1.00", 0);
    pay("A2", "2.91", 1);

    CapturedRun run = ecr("reconcile", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(onlyJsonObject(run.out()).getString("summary")).isEqualTo("2 orders: 2 agrees");
  }

  @Test
  void the_window_narrows_what_is_reconciled_and_bad_windows_are_exit_2() {
    pay("W1", "1.00", 0);

    CapturedRun tomorrow =
        ecr("reconcile", "--json", "--since", Instant.now().plus(Duration.ofDays(1)).toString());
    assertThat(tomorrow.exitCode()).as(tomorrow.toString()).isZero();
    assertThat(onlyJsonObject(tomorrow.out()).getInt("count")).isZero();

    CapturedRun unreadable = ecr("reconcile", "--since", "yesterday");
    assertThat(unreadable.exitCode()).isEqualTo(2);
    assertThat(unreadable.err()).contains("--since").contains("must be a date");

    CapturedRun backwards = ecr("reconcile", "--since", "2026-12-04", "--until", "2026-12-03");
    assertThat(backwards.exitCode()).isEqualTo(2);
    assertThat(backwards.err()).contains("--until").contains("must be after --since");

    CapturedRun both = ecr("reconcile", "--csv", "--json");
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void reconcile_without_a_journal_is_exit_2_and_creates_none() {
    CapturedRun run =
        CapturedRun.run(
            Map.of(),
            directory,
            "reconcile",
            "--terminal",
            simulator.address().toString(),
            "--app-id",
            APP_ID,
            "--journal",
            directory.resolve("typo.db").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--journal").contains("there is no journal at");
    assertThat(directory.resolve("typo.db")).doesNotExist();
  }

  @Test
  void journal_export_writes_every_column_of_every_entry_as_csv_or_json() {
    pay("X1", "1.00", 0);
    pay("X2", "2.91", 1);

    CapturedRun csv = ecr("journal", "--export", "csv");
    assertThat(csv.exitCode()).as(csv.toString()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", JournalExport.COLUMNS));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",X1,1,1.00,").contains(",APPROVED,");
    assertThat(lines.get(2)).contains(",X2,").contains(",DECLINED,");

    CapturedRun json = ecr("journal", "--export", "JSON");
    JsonArray entries = Json.createReader(new StringReader(json.out())).readArray();
    assertThat(entries).hasSize(2);
    assertThat(entries.getJsonObject(0).keySet())
        .containsExactlyInAnyOrderElementsOf(JournalExport.COLUMNS);

    CapturedRun future =
        ecr("journal", "--export", "csv", "--since", Instant.now().plusSeconds(3600).toString());
    assertThat(future.out().lines().count()).as("only the header").isEqualTo(1);

    assertThat(ecr("journal", "--export", "xml").exitCode()).isEqualTo(2);
    assertThat(ecr("journal", "--export", "csv", "--json").exitCode()).isEqualTo(2);
  }

  @Test
  void till_names_the_till_on_the_orders_a_command_writes() {
    pay("T1", "1.00", 0, "--till", "lane-7");
    CapturedRun fromEnvironment =
        CapturedRun.run(
            Map.of("ECR_TILL", "lane-8"),
            directory,
            withTerminalAndJournal("sale", "--order-no", "T2", "--amount", "1.00"));
    assertThat(fromEnvironment.exitCode()).as(fromEnvironment.toString()).isZero();

    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(Path.of(journal()))) {
      assertThat(journal.recent(10).toJavaList())
          .extracting(entry -> entry.merchantOrderNo().value() + " " + entry.tillId())
          .containsExactlyInAnyOrder("T1 lane-7", "T2 lane-8");
    }
    CapturedRun blank = ecr("sale", "--order-no", "T3", "--amount", "1.00", "--till", " ");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains("--till");
    assertThat(simulator.ledger().payOrdersReceived("T3")).isZero();
  }

  private void pay(String number, String amount, int exitCode, String... extra) {
    List<String> args = new ArrayList<>(List.of("sale", "--order-no", number, "--amount", amount));
    args.addAll(List.of(extra));
    CapturedRun run = ecr(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
  }

  private CapturedRun ecr(String... args) {
    return CapturedRun.run(Map.of(), directory, withTerminalAndJournal(args));
  }

  private String[] withTerminalAndJournal(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!args[0].equals("journal")) {
      all.addAll(List.of("--terminal", simulator.address().toString(), "--app-id", APP_ID));
    }
    all.addAll(List.of("--journal", journal()));
    return all.toArray(String[]::new);
  }

  private String journal() {
    return directory.resolve("journal.db").toString();
  }

  /** A row edited behind the journal's back, as a faulty back office or a bad restore would. */
  private void plant(String number, String state) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journal());
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE journal_entry SET journal_state = ? WHERE merchant_order_no = ?")) {
      update.setString(1, state);
      update.setString(2, number);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** An order a till recorded and died before sending. */
  private void leavePending(String number) {
    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(Path.of(journal()))) {
      journal.recordPending(
          JournalEntry.pending(
              journal.writer(),
              simulator.address().toString(),
              OrderDraft.sale().merchantOrderNo(number).orderAmount("4.00").build(),
              Instant.now()));
    }
  }

  private Map<String, String> journalStates() {
    try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(Path.of(journal()))) {
      return journal
          .recent(100)
          .toJavaStream()
          .collect(
              Collectors.toMap(
                  entry -> entry.merchantOrderNo().value(), entry -> entry.state().name()));
    }
  }

  private static Map<String, JsonObject> byNumber(JsonArray orders) {
    return orders.getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(order -> order.getString("merchant_order_no"), order -> order));
  }
}
