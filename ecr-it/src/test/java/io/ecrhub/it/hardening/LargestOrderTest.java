package io.ecrhub.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientConfig;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.NotifyUrl;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.OrderOptions;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.simulator.ReceivedFrame;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every field that goes on the wire has a length limit checked before sending, so that no order can
 * exceed the frame limit: the largest order the rules allow — every field at its limit, in the
 * characters JSON spells longest — still fits in one frame, and one step beyond a limit is a typed
 * violation naming the field, with nothing sent.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LargestOrderTest {

  private static final String LONGEST_APP_ID = "a".repeat(EcrClientConfig.MAX_APP_ID_LENGTH);

  @Test
  void the_largest_valid_order_fits_in_one_frame() throws Exception {
    try (TerminalSimulator simulator =
            TerminalSimulator.start(
                new TyrusServerTransport(),
                SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ZERO));
        EcrClient pos =
            EcrClient.builder()
                .terminal(simulator.address())
                .appId(LONGEST_APP_ID)
                .journal(new InMemoryOrderJournal())
                .build()) {
      pos.connect().get(30, TimeUnit.SECONDS);

      PaymentOutcome outcome = pos.submit(largestSale());

      assertThat(outcome).as(outcome.toString()).isInstanceOf(PaymentOutcome.Approved.class);
      ReceivedFrame order =
          simulator.receivedFrames().stream()
              .filter(frame -> frame.isOn("ecrhub.pay.order"))
              .findFirst()
              .orElseThrow();
      assertThat(order.text().length())
          .as("the largest order, as sent")
          .isGreaterThan(10_000)
          .isLessThanOrEqualTo(ConnectOptions.DEFAULT_MAX_FRAME_CHARS);
    }
  }

  @Test
  void one_fuel_line_too_many_is_refused_naming_the_field_and_nothing_is_sent() {
    OrderDraft tooMany = largestSale();
    tooMany.forecourtItem("999999", "99999.999", "999999999");
    tooMany.orderAmount(totalOf(ForecourtItem.MAX_ITEMS + 1));

    assertThat(tooMany.validate().getError().map(Violation::field))
        .containsExactly(FieldPath.FORECOURT_DATA);
    assertThat(tooMany.validate().getError().head().message())
        .contains("at most " + ForecourtItem.MAX_ITEMS + " items, got 100");
  }

  @Test
  void an_app_id_too_long_or_with_control_characters_is_refused_naming_the_setting() {
    assertThatThrownBy(
            () ->
                EcrClient.builder()
                    .terminal("ws://127.0.0.1:35779")
                    .appId(LONGEST_APP_ID + "b")
                    .config())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("appId")
        .hasMessageContaining("at most " + EcrClientConfig.MAX_APP_ID_LENGTH + " characters");
    assertThatThrownBy(
            () ->
                EcrClient.builder().terminal("ws://127.0.0.1:35779").appId("app\u001b[2K").config())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("appId")
        .hasMessageContaining("printable ASCII")
        .hasMessageNotContaining("\u001b");
  }

  /** Each field at its longest, in characters JSON writes as two ({@code "} and {@code \}). */
  private static OrderDraft largestSale() {
    OrderDraft draft =
        OrderDraft.sale()
            .merchantOrderNo("L".repeat(MerchantOrderNo.MAX_LENGTH))
            .tipAmount("999999999.99")
            .payMethodId("W".repeat(64))
            .attach("\"".repeat(OrderOptions.MAX_TEXT_LENGTH))
            .description("\\".repeat(OrderOptions.MAX_TEXT_LENGTH))
            .notifyUrl(
                "https://shop.example/"
                    + "n".repeat(NotifyUrl.MAX_LENGTH - "https://shop.example/".length()))
            .expires(Integer.MAX_VALUE)
            .confirmOnTerminal(true)
            .requiredTerminalAuthentication(false);
    for (int i = 0; i < ForecourtItem.MAX_ITEMS; i++) {
      draft.forecourtItem("999999", "99999.999", "999999999");
    }
    return draft.orderAmount(totalOf(ForecourtItem.MAX_ITEMS));
  }

  /** {@code items} lines of 9,999,999.99 each, in major units. */
  private static String totalOf(int items) {
    long cents = 999_999_999L * items;
    return cents / 100 + "." + String.format("%02d", cents % 100);
  }
}
