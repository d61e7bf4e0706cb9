package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.transport.serial.testing.PtyPair;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment end to end over a USB cable played by a pseudo-terminal pair, all in real processes:
 * {@code ecr simulate --serial} on one end, {@code ecr sale} and {@code ecr query} on the other,
 * the transport chosen by the {@code serial:} scheme.
 */
class SerialProcessTest {

  @TempDir Path work;

  @Test
  void ecr_sale_over_serial_against_ecr_simulate_serial_is_approved_and_exits_0() throws Exception {
    EcrJar ecr = EcrJar.in(work);
    String journal = work.resolve("till.db").toString();
    try (PtyPair cable = PtyPair.open();
        SimulatorProcess simulator =
            SimulatorProcess.start(
                ecr, "--serial", cable.terminalEnd().toString(), "--approve-delay", "100ms")) {
      assertThat(simulator.address().toString()).isEqualTo("serial:" + cable.terminalEnd());
      String terminal = "serial:" + cable.posEnd();

      EcrRun sale =
          ecr.run(
              "sale",
              "--terminal",
              terminal,
              "--app-id",
              "shop1",
              "--journal",
              journal,
              "--order-no",
              "SER1",
              "--amount",
              "10.00",
              "--json");

      assertThat(sale.exitCode()).as(sale.toString()).isZero();
      assertThat(sale.json().getString("outcome")).isEqualTo("APPROVED");

      // the port serves the next process's session once the first one closed its own
      EcrRun query =
          ecr.run(
              "query", "--terminal", terminal, "--app-id", "shop1", "--order-no", "SER1", "--json");
      assertThat(query.exitCode()).as(query.toString()).isZero();
      assertThat(query.json().getString("trans_no")).isEqualTo(sale.json().getString("trans_no"));
      assertThat(simulator.isAlive()).isTrue();
    }
  }

  @Test
  void a_serial_port_that_does_not_exist_is_unreachable_and_nothing_is_sent() {
    EcrJar ecr = EcrJar.in(work);

    EcrRun sale =
        ecr.run(
            "sale",
            "--terminal",
            "serial:/dev/ecr-no-such-port",
            "--app-id",
            "shop1",
            "--journal",
            work.resolve("till.db").toString(),
            "--order-no",
            "SER2",
            "--amount",
            "10.00",
            "--timeout",
            "5s",
            "--json");

    assertThat(sale.exitCode()).as(sale.toString()).isEqualTo(4);
  }
}
