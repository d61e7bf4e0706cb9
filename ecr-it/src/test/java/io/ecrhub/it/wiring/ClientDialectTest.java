package io.ecrhub.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.protocol.client.ClientDialect;
import io.ecrhub.simulator.ReceivedFrame;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import org.junit.jupiter.api.Test;

/**
 * The client's dialect decides the optional envelope fields on the wire: {@code request_id} on and
 * {@code version} off by default, each switchable, and the payment works either way.
 */
class ClientDialectTest {

  @Test
  void by_default_requests_carry_a_request_id_and_no_version() {
    String frame = saleFrame(ClientDialect.defaults(), "D1");

    assertThat(frame).contains("\"request_id\":").doesNotContain("\"version\"");
  }

  @Test
  void the_vendors_version_can_be_sent_and_the_request_id_left_out() {
    String frame = saleFrame(ClientDialect.defaults().withRequestId(false).withVersion(true), "D2");

    assertThat(frame).contains("\"version\":\"1.0\"").doesNotContain("\"request_id\"");
  }

  @Test
  void a_terminal_named_by_an_invalid_serial_number_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> EcrClient.builder().terminal("sn:bad*serial").appId("A").config())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("terminal")
        .hasMessageContaining("sn:");
  }

  private static String saleFrame(ClientDialect dialect, String orderNo) {
    try (TerminalSimulator simulator =
            TerminalSimulator.start(
                new TyrusServerTransport(), Payments.fastSimulator("127.0.0.1"));
        EcrClient client =
            EcrClient.builder()
                .terminal(simulator.address())
                .appId("APP")
                .dialect(dialect)
                .build()) {
      client.connect().join();
      assertThat(client.submit(OrderDraft.sale().merchantOrderNo(orderNo).orderAmount("4.00")))
          .isInstanceOf(PaymentOutcome.Approved.class);
      return simulator.receivedFrames().stream()
          .filter(frame -> frame.isOn("ecrhub.pay.order"))
          .map(ReceivedFrame::text)
          .findFirst()
          .orElseThrow();
    }
  }
}
