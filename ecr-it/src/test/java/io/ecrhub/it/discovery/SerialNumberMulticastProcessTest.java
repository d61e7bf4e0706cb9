package io.ecrhub.it.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import io.ecrhub.it.cli.SimulatorProcess;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminals found by serial number over real multicast DNS, between real processes: {@code ecr
 * discover} finds a running {@code ecr simulate --advertise}; {@code ecr sale --terminal sn:…} pays
 * on it; and a client that paid by serial number pays again after the simulator restarted on
 * another port, without being rebuilt.
 *
 * <p>Runs (by the name's {@code MulticastProcessTest} ending) in its own surefire execution whose
 * JVM starts through {@code tools/netns/bin/java}: a network namespace that has a loopback
 * interface and nothing else, so no multicast of this test can leave the machine — checked first.
 */
class SerialNumberMulticastProcessTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final String SN = "PP35272137000072";

  @TempDir Path work;

  @BeforeAll
  static void onlyLoopbackInThisNamespace() throws SocketException {
    assertThat(
            Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(
                    candidate -> {
                      try {
                        return !candidate.isLoopback();
                      } catch (SocketException unreadable) {
                        return true;
                      }
                    })
                .map(NetworkInterface::getName))
        .as("interfaces besides loopback: this test must run in tools/netns/bin/java")
        .isEmpty();
    EcrJar.requireJar();
  }

  @Test
  void ecr_discover_finds_a_running_advertised_simulator_and_a_sale_pays_on_it_by_serial_number()
      throws InterruptedException {
    EcrJar ecr =
        EcrJar.in(work).withEnvironment(Map.of("ECR_INTERFACE", "127.0.0.1", "ECR_APP_ID", "APP"));
    try (SimulatorProcess simulator =
        SimulatorProcess.start(ecr, "--advertise", "--serial-number", SN)) {

      EcrRun discovered = ecr.run("discover", "--timeout", "3s", "--json");

      assertThat(discovered.exitCode()).as(discovered.toString()).isZero();
      JsonObject terminal = discovered.json().getJsonArray("terminals").getJsonObject(0);
      assertThat(terminal.getString("serial_number")).isEqualTo(SN);
      assertThat(terminal.getString("address")).isEqualTo(simulator.address().toString());
      assertThat(terminal.getString("app_version")).isEqualTo("1.0");

      EcrRun sale = ecr.run("sale", "--terminal", "sn:" + SN, "--amount", "7.00", "--json");
      assertThat(sale.exitCode()).as(sale.toString()).isZero();
      assertThat(sale.json().getString("terminal")).isEqualTo("sn:" + SN);
    }
  }

  @Test
  void a_client_paying_by_serial_number_finds_the_terminal_again_on_its_new_port()
      throws InterruptedException {
    EcrJar ecr = EcrJar.in(work);
    try (EcrClient client =
        EcrClient.builder()
            .terminal("sn:" + SN)
            .appId("APP")
            .discoveryInterface(LOOPBACK)
            // a request waits this long for the link to find the terminal again
            .connectTimeout(Duration.ofSeconds(30))
            .build()) {
      URI before;
      try (SimulatorProcess first =
          SimulatorProcess.start(ecr, "--advertise", "--serial-number", SN)) {
        before = first.address();
        client.connect().join();
        assertThat(client.submit(OrderDraft.sale().merchantOrderNo("MOVE1").orderAmount("5.00")))
            .isInstanceOf(PaymentOutcome.Approved.class);
      }
      try (SimulatorProcess second =
          SimulatorProcess.start(ecr, "--advertise", "--serial-number", SN)) {
        assertThat(second.address()).isNotEqualTo(before);

        PaymentOutcome afterTheMove =
            client.submit(OrderDraft.sale().merchantOrderNo("MOVE2").orderAmount("6.00"));

        assertThat(afterTheMove)
            .as(afterTheMove.toString())
            .isInstanceOf(PaymentOutcome.Approved.class);
      }
    }
  }
}
