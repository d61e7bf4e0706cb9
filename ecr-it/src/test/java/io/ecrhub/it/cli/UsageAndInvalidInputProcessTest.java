package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecr} as a process, before any terminal answers: help on every command, the version, and
 * the promise of exit 2 — invalid input or usage sends nothing and opens no connection. The proof
 * is a plain TCP listener that counts connections, given as {@code --terminal}: it must count none,
 * while a valid command pointed at it does connect (so the counter is known to count).
 */
class UsageAndInvalidInputProcessTest {

  private static final List<String> COMMANDS =
      List.of(
          "simulate",
          "sale",
          "cashback",
          "preauth",
          "void",
          "refund",
          "preauth-cancel",
          "completion",
          "query",
          "close",
          "recover",
          "journal",
          "demo");

  @TempDir static Path work;

  private static EcrJar ecr;
  private static Map<String, CompletableFuture<EcrRun>> helpByCommand;
  private static CompletableFuture<EcrRun> version;
  private static CompletableFuture<EcrRun> noCommand;

  @BeforeAll
  static void startTheCheapRuns() {
    ecr = EcrJar.in(work);
    helpByCommand =
        COMMANDS.stream()
            .collect(
                Collectors.toMap(command -> command, command -> ecr.runAsync(command, "--help")));
    version = ecr.runAsync("--version");
    noCommand = ecr.runAsync();
  }

  @AfterAll
  static void awaitEverything() {
    CompletableFuture.allOf(helpByCommand.values().toArray(CompletableFuture[]::new)).join();
  }

  @Test
  void every_command_has_help() {
    helpByCommand.forEach(
        (command, help) -> {
          EcrRun run = help.join();
          assertThat(run.exitCode()).as(run.toString()).isZero();
          assertThat(run.stdout()).as(run.toString()).startsWith("Usage: ecr " + command);
        });
    assertThat(helpByCommand.get("sale").join().stdout())
        .contains("--terminal", "--app-id", "--timeout", "--json", "--order-no", "--amount")
        .contains("--tip", "--fuel", "--pay-method", "--scenario", "--description", "--attach")
        .contains("--notify-url", "--expires", "--confirm-on-terminal", "--manager-auth")
        .contains("ECR_TERMINAL", "ECR_APP_ID", "ECR_JOURNAL");
    assertThat(helpByCommand.get("cashback").join().stdout()).contains("--cashback");
    assertThat(helpByCommand.get("refund").join().stdout()).contains("--orig-order-no");
    assertThat(helpByCommand.get("journal").join().stdout()).contains("--unfinished", "--json");
  }

  @Test
  void version_prints_the_build_version() {
    EcrRun run = version.join();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).matches("(?s)ecr \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
  }

  @Test
  void no_command_prints_the_usage_and_exits_2() {
    EcrRun run = noCommand.join();

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).contains("Usage: ecr").contains("Exit codes");
  }

  @Test
  void invalid_input_exits_2_without_opening_a_connection_or_a_journal() throws Exception {
    try (ConnectionCounter counter = new ConnectionCounter()) {
      Path journal = work.resolve("invalid.db");
      CompletableFuture<EcrRun> badAmount =
          ecr.runAsync(
              "sale",
              "--terminal",
              counter.address(),
              "--app-id",
              "A",
              "--journal",
              journal.toString(),
              "--amount",
              "12.345",
              "--tip",
              "-1",
              "--json");
      CompletableFuture<EcrRun> badFuel =
          ecr.runAsync(
              "sale",
              "--terminal",
              counter.address(),
              "--app-id",
              "A",
              "--journal",
              journal.toString(),
              "--amount",
              "23.50",
              "--fuel",
              "01:10.000:1500",
              "--json");
      CompletableFuture<EcrRun> badTimeout =
          ecr.runAsync(
              "query",
              "--terminal",
              counter.address(),
              "--app-id",
              "A",
              "--order-no",
              "A1",
              "--timeout",
              "5x",
              "--json");
      CompletableFuture<EcrRun> missingOriginal =
          ecr.runAsync(
              "void",
              "--terminal",
              counter.address(),
              "--app-id",
              "A",
              "--journal",
              journal.toString(),
              "--amount",
              "1.00");
      CompletableFuture<EcrRun> unknownOption =
          ecr.runAsync("close", "--terminal", counter.address(), "--app-id", "A", "--order", "A1");
      CompletableFuture<EcrRun> missingAppId =
          ecr.runAsync("query", "--terminal", counter.address(), "--order-no", "A1");

      EcrRun amount = badAmount.join();
      assertThat(amount.exitCode()).as(amount.toString()).isEqualTo(2);
      JsonObject json = amount.json();
      assertThat(json.getString("outcome")).isEqualTo("INVALID");
      assertThat(json.getJsonArray("violations").getValuesAs(JsonObject.class))
          .extracting(v -> v.getString("field"))
          .containsExactlyInAnyOrder("biz_data.order_amount", "biz_data.tip_amount");
      assertThat(amount.stderr()).contains("--amount").contains("--tip");

      EcrRun fuel = badFuel.join();
      assertThat(fuel.exitCode()).as(fuel.toString()).isEqualTo(2);
      assertThat(fuel.json().getJsonArray("violations").getJsonObject(0).getString("option"))
          .isIn("--fuel", "--amount");

      EcrRun timeout = badTimeout.join();
      assertThat(timeout.exitCode()).as(timeout.toString()).isEqualTo(2);
      assertThat(timeout.json().getJsonArray("violations").getJsonObject(0).getString("field"))
          .isEqualTo("--timeout");
      assertThat(timeout.stderr()).contains("'--timeout'").contains("5x");

      EcrRun original = missingOriginal.join();
      assertThat(original.exitCode()).as(original.toString()).isEqualTo(2);
      assertThat(original.stderr()).contains("--orig-order-no");

      EcrRun option = unknownOption.join();
      assertThat(option.exitCode()).as(option.toString()).isEqualTo(2);
      assertThat(option.stderr()).contains("--order");

      EcrRun appId = missingAppId.join();
      assertThat(appId.exitCode()).as(appId.toString()).isEqualTo(2);
      assertThat(appId.stderr()).contains("--app-id").contains("ECR_APP_ID");

      assertThat(counter.acceptedAfterQuietPeriod())
          .as("connections opened by commands with invalid input")
          .isZero();
      assertThat(Files.exists(journal)).as("a journal created for invalid input").isFalse();

      EcrRun valid =
          ecr.run(
              "query",
              "--terminal",
              counter.address(),
              "--app-id",
              "A",
              "--order-no",
              "A1",
              "--connect-timeout",
              "1s",
              "--json");
      assertThat(valid.exitCode())
          .as("a valid command does connect, and the handshake never completes\n%s", valid)
          .isEqualTo(4);
      assertThat(counter.acceptedAfterQuietPeriod()).as("the counter counts").isPositive();
    }
  }
}
