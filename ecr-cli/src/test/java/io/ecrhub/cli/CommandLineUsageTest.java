package io.ecrhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code ecr} does before any terminal is involved: help, version, usage errors and invalid
 * input — all without a terminal, and without leaving a journal behind.
 */
class CommandLineUsageTest {

  @TempDir Path home;

  private CapturedRun ecr(String... args) {
    return CapturedRun.run(Map.of(), home, args);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
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
        "demo"
      })
  void every_command_explains_itself_with_help(String command) {
    CapturedRun run = ecr(command, "--help");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Usage: ecr " + command).contains("--help");
  }

  @Test
  void version_names_the_build() {
    CapturedRun run = ecr("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("ecr ").contains("Java ");
  }

  @Test
  void no_command_is_a_usage_error() {
    CapturedRun run = ecr();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: ecr").contains("sale");
  }

  @Test
  void an_unknown_option_is_a_usage_error_that_names_it() {
    CapturedRun run = ecr("sale", "--amout", "1.00");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--amout").contains("ecr sale --help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_duration_without_a_unit_names_the_option_and_with_json_still_prints_one_object() {
    CapturedRun run =
        ecr(
            "sale",
            "--terminal",
            "ws://127.0.0.1:9",
            "--app-id",
            "A",
            "--amount",
            "1.00",
            "--timeout",
            "180",
            "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonObject json = onlyJsonObject(run.out());
    assertThat(json.getString("outcome")).isEqualTo("INVALID");
    assertThat(json.getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("--timeout");
    assertThat(run.err()).contains("'--timeout'").contains("180s");
  }

  @Test
  void invalid_order_reports_every_violation_by_option_and_protocol_field() {
    CapturedRun run =
        ecr(
            "sale",
            "--terminal",
            "ws://127.0.0.1:9",
            "--app-id",
            "A",
            "--journal",
            home.resolve("journal.db").toString(),
            "--amount",
            "1.234",
            "--tip",
            "-1",
            "--fuel",
            "02-1.000-100",
            "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonObject json = onlyJsonObject(run.out());
    assertThat(json.getString("outcome")).isEqualTo("INVALID");
    assertThat(json.getInt("exit_code")).isEqualTo(2);
    assertThat(json.getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field") + " " + v.getString("option"))
        .containsExactlyInAnyOrder(
            "biz_data.order_amount --amount", "biz_data.tip_amount --tip", "--fuel --fuel");
    assertThat(Files.exists(home.resolve("journal.db")))
        .as("invalid input leaves no journal behind")
        .isFalse();
  }

  @Test
  void terminal_and_app_id_are_required_unless_the_environment_names_them() {
    CapturedRun without = ecr("query", "--order-no", "A1");
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).contains("--terminal: is required").contains("--app-id: is required");

    CapturedRun withEnvironment =
        CapturedRun.run(
            Map.of("ECR_TERMINAL", "ws://127.0.0.1:9", "ECR_APP_ID", "A"),
            home,
            "query",
            "--order-no",
            "not-valid!");
    assertThat(withEnvironment.exitCode()).isEqualTo(2);
    assertThat(withEnvironment.err())
        .contains("--order-no")
        .doesNotContain("--terminal")
        .doesNotContain("--app-id");
  }

  @Test
  void a_follow_up_without_its_original_is_invalid() {
    CapturedRun run =
        ecr("refund", "--terminal", "ws://127.0.0.1:9", "--app-id", "A", "--amount", "1.00");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--orig-order-no (biz_data.orig_merchant_order_no)");
  }

  @Test
  void an_option_another_transaction_type_takes_is_a_usage_error() {
    CapturedRun run = ecr("void", "--tip", "1.00");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--tip");
  }

  @Test
  void the_journal_of_an_empty_home_is_invalid_input_and_creates_nothing() {
    CapturedRun run = ecr("journal", "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonObject json = onlyJsonObject(run.out());
    assertThat(json.getString("outcome")).isEqualTo("INVALID");
    assertThat(run.err())
        .contains("--journal")
        .contains(Path.of(".ecr", "journal.db").toString())
        .contains("--create");
    assertThat(Files.exists(home.resolve(".ecr"))).isFalse();
  }

  @Test
  void the_journal_with_create_starts_an_empty_one_and_lists_nothing() {
    CapturedRun run = ecr("journal", "--create", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonObject json = onlyJsonObject(run.out());
    assertThat(json.getInt("count")).isZero();
    assertThat(json.getString("journal")).endsWith(Path.of(".ecr", "journal.db").toString());
    assertThat(home.resolve(".ecr").resolve("journal.db")).isRegularFile();
  }

  @Test
  void recovering_from_a_missing_journal_is_invalid_input_not_all_settled() {
    CapturedRun run = ecr("recover", "--journal", home.resolve("typo.db").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("nothing to recover");
    assertThat(run.err()).contains("typo.db").contains("no journal").contains("--create");
    assertThat(home.resolve("typo.db")).doesNotExist();
  }

  @Test
  void recovering_with_create_from_a_missing_journal_has_nothing_to_do() {
    CapturedRun run = ecr("recover", "--create", "--journal", home.resolve("new.db").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("nothing to recover");
  }

  @Test
  void simulate_refuses_a_port_out_of_range() {
    CapturedRun run = ecr("simulate", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void simulate_refuses_a_screen_port_out_of_range_and_a_blank_screen_host() {
    CapturedRun run = ecr("simulate", "--ui", "--ui-port", "70000", "--ui-host", " ");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--ui-port").contains("--ui-host");
    assertThat(run.out()).isEmpty();
  }

  static JsonObject onlyJsonObject(String out) {
    String[] lines = out.strip().split("\n");
    assertThat(lines).as("stdout holds exactly one line: %s", out).hasSize(1);
    return Json.createReader(new StringReader(lines[0])).readObject();
  }
}
