package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecr pair}, {@code ecr terminals} and {@code ecr unpair} as real processes against a real
 * {@code ecr simulate}: the pairing is remembered beside the journal, a refusal is an error with
 * the terminal's code, and a terminal that requires pairing serves the POS only once paired.
 */
class PairingProcessTest {

  @TempDir Path work;

  @BeforeAll
  static void jar() {
    EcrJar.requireJar();
  }

  private EcrJar ecr() {
    return EcrJar.in(work).withEnvironment(Map.of("ECR_APP_ID", "APP"));
  }

  @Test
  void pair_remembers_the_terminal_beside_the_journal_and_unpair_forgets_it()
      throws InterruptedException {
    EcrJar ecr = ecr();
    try (SimulatorProcess simulator =
        SimulatorProcess.start(ecr, "--serial-number", "PP35272137000072")) {
      String terminal = simulator.address().toString();

      EcrRun pair = ecr.run("pair", "--terminal", terminal, "--json");
      assertThat(pair.exitCode()).as(pair.toString()).isZero();
      assertThat(pair.json().getString("serial_number")).isEqualTo("PP35272137000072");

      EcrRun listed = ecr.run("terminals", "--json");
      assertThat(listed.exitCode()).as(listed.toString()).isZero();
      JsonObject paired = listed.json().getJsonArray("terminals").getJsonObject(0);
      assertThat(paired.getString("serial_number")).isEqualTo("PP35272137000072");
      assertThat(paired.getString("last_address")).isEqualTo(terminal);

      EcrRun unpair = ecr.run("unpair", "--terminal", terminal);
      assertThat(unpair.exitCode()).as(unpair.toString()).isZero();
      assertThat(unpair.stdout()).contains("unpaired from terminal PP35272137000072");
      assertThat(ecr.run("terminals", "--json").json().getInt("count")).isZero();
    }
  }

  @Test
  void a_refused_pairing_exits_1_with_the_terminals_code_and_remembers_nothing()
      throws InterruptedException {
    EcrJar ecr = ecr();
    try (SimulatorProcess simulator = SimulatorProcess.start(ecr, "--pairing", "refuse")) {

      EcrRun pair = ecr.run("pair", "--terminal", simulator.address().toString());

      assertThat(pair.exitCode()).as(pair.toString()).isEqualTo(1);
      assertThat(pair.stderr()).contains("ecr pair: the terminal refused: 115");
      assertThat(ecr.run("terminals", "--json").json().getInt("count")).isZero();
    }
  }

  @Test
  void a_terminal_that_requires_pairing_declines_a_sale_until_the_pos_paired()
      throws InterruptedException {
    EcrJar ecr = ecr();
    try (SimulatorProcess simulator = SimulatorProcess.start(ecr, "--require-pairing")) {
      String terminal = simulator.address().toString();

      EcrRun unpaired = ecr.run("sale", "--terminal", terminal, "--amount", "3.00", "--json");
      assertThat(unpaired.exitCode()).as(unpaired.toString()).isEqualTo(1);
      assertThat(unpaired.json().getString("response_code")).isEqualTo("116");

      assertThat(ecr.run("pair", "--terminal", terminal).exitCode()).isZero();
      EcrRun paired = ecr.run("sale", "--terminal", terminal, "--amount", "3.00", "--json");
      assertThat(paired.exitCode()).as(paired.toString()).isZero();
    }
  }
}
