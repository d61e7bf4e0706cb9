package io.ecrhub.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import io.ecrhub.it.cli.InProcessSimulator;
import io.ecrhub.it.cli.StartedEcr;
import io.ecrhub.simulator.LedgerEntry;
import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till killed with SIGKILL at the worst moments, then {@code ecr recover} on the same journal:
 * every order in flight is settled with the terminal, none is sent twice, none is lost. Real
 * processes, a real SQLite journal file, the simulator on a real WebSocket (in this JVM, so that
 * its ledger — the terminal's own record — can be read).
 */
class CrashRecoveryTest {

  /** {@code Process.destroyForcibly()} sends SIGKILL on Linux: 128 + 9. */
  private static final int KILLED = 137;

  @TempDir Path work;

  private InProcessSimulator terminal;
  private EcrJar ecr;

  @BeforeEach
  void startTerminal() {
    terminal = InProcessSimulator.start();
    ecr = EcrJar.in(work);
  }

  @AfterEach
  void stopTerminal() {
    terminal.close();
  }

  @Test
  void a_sale_killed_while_the_terminal_works_on_it_is_recovered_as_approved() throws Exception {
    String journal = work.resolve("till.db").toString();
    StartedEcr sale =
        ecr.start(
            "sale",
            "--terminal",
            terminal.address(),
            "--app-id",
            InProcessSimulator.APP_ID,
            "--journal",
            journal,
            "--order-no",
            "CRASH1",
            "--amount",
            "12.94",
            "--json");

    LedgerEntry arrived = terminal.awaitArrival("CRASH1");
    sale.process().destroyForcibly();
    assertThat(sale.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(sale.process().exitValue()).as("killed by SIGKILL").isEqualTo(KILLED);
    assertThat(arrived.status())
        .as("the .94 order was still processing at the terminal when its till was killed")
        .isEqualTo(TransactionStatus.PROCESSING);
    assertThat(sale.stdout()).as("the killed till printed no outcome").isEmpty();

    EcrRun unfinished = ecr.run("journal", "--journal", journal, "--unfinished", "--json");
    assertThat(unfinished.json().getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("merchant_order_no") + " " + entry.getString("state"))
        .containsExactly("CRASH1 SENT");

    EcrRun recover =
        ecr.run(
            "recover",
            "--terminal",
            terminal.address(),
            "--app-id",
            InProcessSimulator.APP_ID,
            "--journal",
            journal,
            "--json");

    assertThat(recover.exitCode()).as(recover.toString()).isZero();
    JsonObject order = recover.json().getJsonArray("orders").getJsonObject(0);
    assertThat(order.getString("merchant_order_no")).isEqualTo("CRASH1");
    assertThat(order.getString("outcome")).isEqualTo("APPROVED");
    assertThat(order.getString("trans_status")).isEqualTo("2");
    assertThat(order.getString("trans_no")).isEqualTo(arrived.transNo());
    assertThat(terminal.simulator().ledger().payOrdersReceived())
        .as("pay.order frames the terminal saw in all")
        .isEqualTo(1);
    assertThat(terminal.payOrdersReceived("CRASH1")).isEqualTo(1);
    assertThat(journalStates(journal)).containsExactly(Map.entry("CRASH1", "APPROVED"));
  }

  @Test
  void
      a_till_killed_between_the_journal_write_and_the_send_leaves_a_pending_row_recover_calls_not_sent()
          throws Exception {
    EcrJar.requireJar();
    Path journal = work.resolve("frozen.db");
    Process till =
        new ProcessBuilder(
                javaExecutable(),
                "-cp",
                EcrJar.JAR.toAbsolutePath().normalize() + File.pathSeparator + testClasses(),
                TillFrozenAtSend.class.getName(),
                journal.toString(),
                terminal.address(),
                "HALT1",
                "12.00")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("till.out").toFile())
            .start();
    Awaitility.await("the till to freeze at the send")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Files.readString(work.resolve("till.out"))
                        .contains(TillFrozenAtSend.FROZEN + "HALT1")
                    || !till.isAlive());
    till.destroyForcibly();
    assertThat(till.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(till.exitValue())
        .as("killed while frozen: %s", Files.readString(work.resolve("till.out")))
        .isEqualTo(KILLED);

    Map<String, String> row = onlyRow(journal);
    assertThat(row)
        .as("the row the dead till left: complete, pending, nothing half-written")
        .containsEntry("merchant_order_no", "HALT1")
        .containsEntry("terminal_id", terminal.address())
        .containsEntry("trans_type", "1")
        .containsEntry("order_amount", "12.00")
        .containsEntry("journal_state", "PENDING")
        .containsEntry("response_code", null)
        .containsEntry("trans_no", null);
    assertThat(row.get("created_at")).isNotNull().isEqualTo(row.get("updated_at"));
    assertThat(integrityCheck(journal)).isEqualTo("ok");

    EcrRun unfinished = ecr.run("journal", "--journal", journal.toString(), "--unfinished");
    assertThat(unfinished.exitCode()).isZero();
    assertThat(unfinished.stdout())
        .contains("1 unfinished order")
        .containsPattern("HALT1 +1 sale +12.00 +PENDING ");

    EcrRun recover =
        ecr.run(
            "recover",
            "--terminal",
            terminal.address(),
            "--app-id",
            InProcessSimulator.APP_ID,
            "--journal",
            journal.toString());

    assertThat(recover.exitCode()).as(recover.toString()).isZero();
    assertThat(recover.stdout())
        .containsPattern("\nHALT1 +1 \\(sale\\) +12.00 +NOT_SENT ")
        .contains("never handed to the wire")
        .contains("settled 1 of 1: 0 approved, 0 declined, 1 not sent");
    assertThat(terminal.simulator().ledger().payOrdersReceived())
        .as("pay.order frames the terminal saw in all")
        .isZero();
    assertThat(journalStates(journal.toString())).containsExactly(Map.entry("HALT1", "NOT_SENT"));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path testClasses() throws Exception {
    return Path.of(
        TillFrozenAtSend.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The journal's rows as the database holds them, read with plain JDBC. */
  private static List<Map<String, String>> rows(Path journal) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journal);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM journal_entry")) {
      ResultSetMetaData columns = rows.getMetaData();
      List<Map<String, String>> all = new ArrayList<>();
      while (rows.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          row.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), rows.getString(i));
        }
        all.add(row);
      }
      return all;
    }
  }

  private static Map<String, String> onlyRow(Path journal) throws Exception {
    List<Map<String, String>> rows = rows(journal);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static String integrityCheck(Path journal) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journal);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      return result.next() ? result.getString(1) : "no answer";
    }
  }

  private static Map<String, String> journalStates(String journal) throws Exception {
    Map<String, String> states = new LinkedHashMap<>();
    for (Map<String, String> row : rows(Path.of(journal))) {
      states.put(row.get("merchant_order_no"), row.get("journal_state"));
    }
    return states;
  }
}
