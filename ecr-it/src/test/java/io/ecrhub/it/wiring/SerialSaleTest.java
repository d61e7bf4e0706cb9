package io.ecrhub.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.serial.SerialClientTransport;
import io.ecrhub.transport.serial.SerialServerTransport;
import io.ecrhub.transport.serial.testing.PtyPair;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sale over a USB cable, played by a pseudo-terminal pair: the POS's {@code EcrClient} on one
 * end, the terminal simulator served over the serial transport on the other; every byte crosses the
 * kernel's tty layer in the vendor's framing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SerialSaleTest {

  @Test
  void a_sale_over_a_serial_cable_is_approved_and_sent_once() throws Exception {
    try (PtyPair cable = PtyPair.open();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                new SerialServerTransport(),
                Payments.fastSimulator(cable.terminalEnd().toString()));
        EcrClient pos =
            Payments.fastClient(URI.create("serial:" + cable.posEnd()))
                .transport(new SerialClientTransport())
                .build()) {
      assertThat(simulator.address().getScheme()).isEqualTo("serial");

      Payments.payOnce(pos, "SERIAL1", simulator.ledger());
      Payments.payOnce(pos, "SERIAL2", simulator.ledger());
    }
  }

  @Test
  void without_a_transport_handed_in_the_builder_takes_the_serial_one_from_the_class_path()
      throws Exception {
    try (PtyPair cable = PtyPair.open();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                new SerialServerTransport(),
                Payments.fastSimulator(cable.terminalEnd().toString()));
        EcrClient pos = Payments.fastClient(URI.create("serial:" + cable.posEnd())).build()) {
      Payments.payOnce(pos, "SERIAL3", simulator.ledger());
    }
  }

  @Test
  void a_scheme_no_transport_on_the_class_path_supports_is_refused_naming_it() {
    assertThatThrownBy(() -> Payments.fastClient(URI.create("bluetooth://terminal")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"bluetooth\"")
        .satisfies(
            failure ->
                assertThat(((InvalidInputException) failure).violations().map(Violation::field))
                    .containsExactly("terminal"));
  }
}
