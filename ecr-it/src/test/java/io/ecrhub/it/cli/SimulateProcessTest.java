package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecr simulate} as a process, and {@code ecr} commands in other processes paying against it:
 * the setup a POS developer uses without a terminal.
 */
class SimulateProcessTest {

  @TempDir Path work;

  @Test
  void simulate_prints_one_listening_line_and_serves_payments_from_other_processes()
      throws Exception {
    EcrJar ecr = EcrJar.in(work);
    try (SimulatorProcess simulator =
        SimulatorProcess.start(ecr, "--app-id", "shop1", "--approve-delay", "100ms")) {
      assertThat(simulator.address().toString()).matches("ws://127\\.0\\.0\\.1:\\d+");
      String terminal = simulator.address().toString();
      // a journal per till: two processes creating one new journal file at once race on its
      // schema (reported to the journal module), and two tills never share a journal anyway
      String journal = work.resolve("till1.db").toString();
      String otherJournal = work.resolve("till2.db").toString();

      CompletableFuture<EcrRun> sale =
          ecr.runAsync(
              "sale",
              "--terminal",
              terminal,
              "--app-id",
              "shop1",
              "--journal",
              journal,
              "--order-no",
              "SIM1",
              "--amount",
              "10.00",
              "--json");
      CompletableFuture<EcrRun> declined =
          ecr.runAsync(
              "sale",
              "--terminal",
              terminal,
              "--app-id",
              "shop1",
              "--journal",
              otherJournal,
              "--order-no",
              "SIM2",
              "--amount",
              "10.91",
              "--json");
      CompletableFuture<EcrRun> otherApp =
          ecr.runAsync(
              "sale",
              "--terminal",
              terminal,
              "--app-id",
              "shop2",
              "--journal",
              work.resolve("other.db").toString(),
              "--order-no",
              "SIM3",
              "--amount",
              "10.00",
              "--json");

      EcrRun paid = sale.join();
      assertThat(paid.exitCode()).as(paid.toString()).isZero();
      assertThat(paid.json().getString("outcome")).isEqualTo("APPROVED");

      EcrRun query =
          ecr.run(
              "query", "--terminal", terminal, "--app-id", "shop1", "--order-no", "SIM1", "--json");
      assertThat(query.exitCode()).as(query.toString()).isZero();
      assertThat(query.json().getString("trans_no")).isEqualTo(paid.json().getString("trans_no"));

      EcrRun refused = declined.join();
      assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
      assertThat(refused.json().getString("response_code")).isEqualTo("115");

      EcrRun wrongApp = otherApp.join();
      assertThat(wrongApp.exitCode()).as(wrongApp.toString()).isEqualTo(1);
      assertThat(wrongApp.json().getString("response_code")).isEqualTo("202");

      assertThat(simulator.isAlive()).isTrue();
      assertThat(simulator.stdout())
          .as("stdout of simulate is exactly the one line")
          .isEqualTo("listening on " + terminal + "\n");
    }
  }

  @Test
  void simulate_on_a_port_in_use_exits_1_and_says_why() throws Exception {
    EcrJar ecr = EcrJar.in(work);
    try (SimulatorProcess first = SimulatorProcess.start(ecr)) {
      EcrRun second = ecr.run("simulate", "--port", String.valueOf(first.address().getPort()));

      assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
      assertThat(second.stdout()).isEmpty();
      assertThat(second.stderr()).contains(String.valueOf(first.address().getPort()));
    }
  }
}
