package io.ecrhub.simulator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The UI over real HTTP, with a POS on the simulator's real WebSocket: the page and everything it
 * loads, the live event stream, and the buttons — which must behave alike for a POS that speaks as
 * the vendor's SDK does (binary frames, {@code request_id}, a numeric {@code timestamp}).
 */
class SimulatorUiTest {

  /** A sale as the vendor's SDK sends it (from its captured frames), in a binary frame. */
  private static final String VENDOR_SALE =
      "{\"topic\":\"ecrhub.pay.order\",\"app_id\":\"wz6012822ca2f1as78\","
          + "\"request_id\":\"36471ce6cb3f4e84b162c86fc773e19e\",\"version\":\"1.0\","
          + "\"timestamp\":1796393991137,\"biz_data\":{\"merchant_order_no\":\"IOP1S1\","
          + "\"order_amount\":\"10.00\",\"pay_scenario\":\"SWIPE_CARD\",\"trans_type\":\"1\"}}";

  private static final String VENDOR_QUERY =
      "{\"topic\":\"ecrhub.pay.query\",\"app_id\":\"wz6012822ca2f1as78\","
          + "\"request_id\":\"99a45fc6dd7a4301a95b416785954963\",\"version\":\"1.0\","
          + "\"timestamp\":1796394003363,\"biz_data\":{\"merchant_order_no\":\"IOP1S1\"}}";

  private final UiFixture fixture = new UiFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void the_page_its_script_and_its_style_are_all_served_here_with_the_token_in_the_page() {
    HttpResponse<String> page = fixture.send(fixture.fromThePage("/").GET());
    HttpResponse<String> script = fixture.send(fixture.fromThePage("/app.js").GET());
    HttpResponse<String> style = fixture.send(fixture.fromThePage("/app.css").GET());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<meta name=\"ecr-ui-token\" content=\"" + fixture.ui.token() + "\">")
        .contains("src=\"/app.js\"")
        .contains("href=\"/app.css\"")
        .doesNotContain("http://")
        .doesNotContain("https://");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("new EventSource(").doesNotContain("https://");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.body()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(fixture.send(fixture.fromThePage("/nothing-here").GET()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void the_event_stream_shows_a_held_vendor_order_and_the_decline_its_sdk_receives()
      throws Exception {
    try (EventStreamReader stream =
            new EventStreamReader(
                fixture.http,
                fixture.fromThePage("/events?token=" + fixture.ui.token()).GET().build());
        RawPos pos = new RawPos(fixture.simulator.address())) {
      assertThat(stream.response.headers().firstValue("Content-Type"))
          .contains("text/event-stream; charset=utf-8");
      assertThat(stream.await("state").data().getBoolean("manual_mode")).isFalse();

      HttpResponse<String> manual =
          fixture.post(fixture.fromThePage("/api/manual-mode"), "{\"on\":true}");
      assertThat(manual.statusCode()).as(manual.body()).isEqualTo(200);
      stream.await(event -> event.name().equals("state") && event.data().getBoolean("manual_mode"));

      pos.sendBinary(VENDOR_SALE);
      JsonObject held =
          stream
              .await(event -> event.name().equals("state") && hasOrderInProgress(event.data()))
              .data()
              .getJsonArray("orders")
              .getJsonObject(0);
      assertThat(held.getString("merchant_order_no")).isEqualTo("IOP1S1");
      assertThat(held.getString("order_amount")).isEqualTo("10.00");
      assertThat(held.getString("type_label")).isEqualTo("sale");
      assertThat(held.getBoolean("connection_open")).isTrue();
      JsonObject frame =
          stream
              .await(
                  event ->
                      event.name().equals("frame")
                          && event.data().getString("kind").equals("received"))
              .data();
      assertThat(frame.getBoolean("binary")).isTrue();
      assertThat(frame.getString("text")).isEqualTo(VENDOR_SALE);
      assertThat(frame.getString("pretty"))
          .contains("\n  \"biz_data\": {\n    \"merchant_order_no\": \"IOP1S1\"");

      HttpResponse<String> declined =
          fixture.post(
              fixture.fromThePage("/api/decision"),
              "{\"merchant_order_no\":\"IOP1S1\",\"decision\":\"decline\",\"code\":\"115\"}");
      assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
      assertThat(json(declined.body()).getString("status")).isEqualTo("1");

      JsonObject answer = json(pos.next());
      assertThat(answer.getString("response_code")).isEqualTo("115");
      assertThat(answer.getString("request_id")).isEqualTo("36471ce6cb3f4e84b162c86fc773e19e");
      assertThat(answer.getJsonObject("biz_data").getString("trans_status")).isEqualTo("1");
      JsonObject sent =
          stream
              .await(
                  event ->
                      event.name().equals("frame") && event.data().getString("kind").equals("sent"))
              .data();
      assertThat(json(sent.getString("text"))).isEqualTo(answer);

      pos.sendBinary(VENDOR_QUERY);
      JsonObject queried = json(pos.next());
      assertThat(queried.getJsonObject("biz_data").getString("trans_status")).isEqualTo("1");
      assertThat(queried.getString("request_id")).isEqualTo("99a45fc6dd7a4301a95b416785954963");
    }
  }

  @Test
  void approve_and_complete_after_settle_the_ledger_as_the_buttons_say() throws Exception {
    fixture.simulator.screen().setManualMode(true);
    try (RawPos first = new RawPos(fixture.simulator.address());
        RawPos second = new RawPos(fixture.simulator.address())) {
      first.sendText(VENDOR_SALE);
      second.sendText(VENDOR_SALE.replace("IOP1S1", "IOP1S2"));
      awaitInProgress("IOP1S1");
      awaitInProgress("IOP1S2");

      HttpResponse<String> approved =
          fixture.post(
              fixture.fromThePage("/api/decision"),
              "{\"merchant_order_no\":\"IOP1S1\",\"decision\":\"approve\"}");
      HttpResponse<String> later =
          fixture.post(
              fixture.fromThePage("/api/decision"),
              "{\"merchant_order_no\":\"IOP1S2\",\"decision\":\"complete-after\",\"seconds\":1}");

      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
      assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
      assertThat(json(later.body()).getString("status_label")).isEqualTo("processing");
      assertThat(json(first.next()).getString("response_code")).isEqualTo("000");
      assertThat(json(second.next()).getString("response_code")).isEqualTo("000");
      assertThat(fixture.simulator.ledger().find("IOP1S2").get().status())
          .isEqualTo(TransactionStatus.COMPLETED);
    }
  }

  @Test
  void bad_input_names_each_field_and_a_refused_decision_says_why() {
    HttpResponse<String> invalid =
        fixture.post(
            fixture.fromThePage("/api/decision"), "{\"decision\":\"decline\",\"code\":\"000\"}");
    HttpResponse<String> unknownDecision =
        fixture.post(
            fixture.fromThePage("/api/decision"),
            "{\"merchant_order_no\":\"X1\",\"decision\":\"explode\"}");
    HttpResponse<String> notJson = fixture.post(fixture.fromThePage("/api/decision"), "{oops");
    HttpResponse<String> noSuchOrder =
        fixture.post(
            fixture.fromThePage("/api/decision"),
            "{\"merchant_order_no\":\"X1\",\"decision\":\"approve\"}");
    HttpResponse<String> badMode =
        fixture.post(fixture.fromThePage("/api/manual-mode"), "{\"on\":\"yes\"}");
    HttpResponse<String> wrongMethod = fixture.send(fixture.fromThePage("/api/decision").GET());

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body())
        .contains("{\"field\":\"merchant_order_no\",\"message\":\"is required\"}")
        .contains("\"field\":\"code\",\"message\":\"'000' is not a decline code: one of 102,");
    assertThat(unknownDecision.body()).contains("'explode' is not one of approve, complete-after");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("must be one JSON object");
    assertThat(noSuchOrder.statusCode()).isEqualTo(409);
    assertThat(noSuchOrder.body()).contains("no order X1 on this terminal");
    assertThat(badMode.body()).contains("\"field\":\"on\",\"message\":\"must be true or false\"");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(fixture.simulator.screen().manualMode()).isFalse();
  }

  private void awaitInProgress(String number) {
    org.awaitility.Awaitility.await()
        .atMost(UiFixture.PATIENCE)
        .until(() -> fixture.simulator.ledger().find(number).isDefined());
  }

  private static boolean hasOrderInProgress(JsonObject state) {
    return state.getJsonArray("orders").stream()
        .anyMatch(order -> order.asJsonObject().getString("status").equals("0"));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
