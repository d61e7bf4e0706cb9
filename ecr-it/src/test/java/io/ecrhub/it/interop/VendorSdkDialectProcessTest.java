package io.ecrhub.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.SimulatorProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vendor's own JSON SDK, as captured on the wire, against a real {@code ecr simulate} process:
 * every operation it offers is answered, and every answer names the request it answers, so that the
 * SDK — which matches by {@code request_id} alone and reads {@code biz_data} unconditionally —
 * completes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorSdkDialectProcessTest {

  private static final long SEED = 20261204L;
  private static final String POS_MAC = "02-fc-00-00-00-01";

  private SimulatorProcess simulator;
  private VendorSdkWire sdk;

  @BeforeAll
  void startTheSimulatorAndConnectAsTheSdk(@TempDir Path work) {
    EcrJar.requireJar();
    System.out.println("request ids drawn with seed " + SEED);
    simulator =
        SimulatorProcess.start(
            EcrJar.in(work), "--approve-delay", "50ms", "--serial-number", "PP35272137000072");
    sdk = VendorSdkWire.connect(simulator.address(), SEED);
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (sdk != null) {
      sdk.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void sale_query_and_decline() {
    JsonObject sale = order("1", "IOPS1", "10.00");
    assertAnswered(sale, "ecrhub.pay.order", "000");
    assertThat(sale.getJsonObject("biz_data").getString("trans_status")).isEqualTo("2");

    JsonObject query = sdk.execute("ecrhub.pay.query", orderNo("IOPS1"));
    assertAnswered(query, "ecrhub.pay.query", "000");
    assertThat(query.getJsonObject("biz_data").getString("merchant_order_no")).isEqualTo("IOPS1");

    JsonObject decline = order("1", "IOPS2", "10.91");
    assertAnswered(decline, "ecrhub.pay.order", "115");
    assertThat(decline.getJsonObject("biz_data").getString("trans_status")).isEqualTo("1");
  }

  @Test
  void refund_cashback_and_a_void_without_amount_of_the_cashback_sale() {
    assertAnswered(order("1", "IOPR0", "10.00"), "ecrhub.pay.order", "000");
    JsonObject refund =
        sdk.execute(
            "ecrhub.pay.order",
            Json.createObjectBuilder()
                .add("merchant_order_no", "IOPR1")
                .add("order_amount", "10.00")
                .add("orig_merchant_order_no", "IOPR0")
                .add("pay_scenario", "SWIPE_CARD")
                .add("trans_type", "3")
                .build());
    assertAnswered(refund, "ecrhub.pay.order", "000");

    JsonObject cashback =
        sdk.execute(
            "ecrhub.pay.order",
            Json.createObjectBuilder()
                .add("cashback_amount", "5.00")
                .add("merchant_order_no", "IOPCB")
                .add("order_amount", "20.00")
                .add("pay_scenario", "SWIPE_CARD")
                .add("trans_type", "11")
                .build());
    assertAnswered(cashback, "ecrhub.pay.order", "000");

    // exactly as the SDK voids: no order_amount
    JsonObject voided =
        sdk.execute(
            "ecrhub.pay.order",
            Json.createObjectBuilder()
                .add("merchant_order_no", "IOPV1")
                .add("orig_merchant_order_no", "IOPCB")
                .add("trans_type", "2")
                .build());
    assertAnswered(voided, "ecrhub.pay.order", "000");
    assertThat(voided.getJsonObject("biz_data").getString("order_amount")).isEqualTo("20.00");
    assertThat(
            sdk.execute("ecrhub.pay.query", orderNo("IOPCB"))
                .getJsonObject("biz_data")
                .getString("trans_status"))
        .isEqualTo("3");
  }

  @Test
  void pre_authorisation_and_its_completion() {
    assertAnswered(order("4", "IOPA1", "30.00"), "ecrhub.pay.order", "000");
    JsonObject completion =
        sdk.execute(
            "ecrhub.pay.order",
            Json.createObjectBuilder()
                .add("merchant_order_no", "IOPC1")
                .add("order_amount", "25.00")
                .add("orig_merchant_order_no", "IOPA1")
                .add("trans_type", "6")
                .build());
    assertAnswered(completion, "ecrhub.pay.order", "000");
    assertThat(completion.getJsonObject("biz_data").getString("trans_status")).isEqualTo("2");
  }

  @Test
  void close_of_a_pending_order_named_merchantOrderNo_as_the_sdk_names_it() {
    // .94: the terminal keeps the order processing, as the SDK's asyncExecute leaves it
    sdk.submit(
        "ecrhub.pay.order",
        Json.createObjectBuilder()
            .add("merchant_order_no", "IOPP1")
            .add("order_amount", "10.94")
            .add("pay_scenario", "SWIPE_CARD")
            .add("trans_type", "1")
            .build());

    JsonObject close =
        sdk.execute(
            "ecrhub.pay.close", Json.createObjectBuilder().add("merchantOrderNo", "IOPP1").build());

    assertAnswered(close, "ecrhub.pay.close", "000");
    assertThat(close.getJsonObject("biz_data").getString("merchant_order_no")).isEqualTo("IOPP1");
    assertThat(
            sdk.execute("ecrhub.pay.query", orderNo("IOPP1"))
                .getJsonObject("biz_data")
                .getString("trans_status"))
        .isEqualTo("1");
  }

  @Test
  void pay_init_lists_the_payment_methods() {
    JsonObject init = sdk.execute("ecrhub.pay.init", JsonValue.EMPTY_JSON_OBJECT);

    assertAnswered(init, "ecrhub.pay.init", "000");
    assertThat(init.getJsonObject("biz_data").getJsonArray("pay_method_category_list"))
        .isNotEmpty();
  }

  @Test
  void pair_and_unpair_as_the_sdks_device_service_sends_them() {
    JsonObject pair =
        sdk.device(
            "ecrhub.pair",
            Json.createObjectBuilder()
                .add("device_name", "till-3")
                .add("alias_name", "Till 3")
                .add("mac_address", POS_MAC)
                .build(),
            true);
    assertAnswered(pair, "ecrhub.pair", "000");
    assertThat(pair.getJsonObject("device_data").getString("device_sn"))
        .isEqualTo("PP35272137000072");

    // as captured: a TEXT frame, no app_id, mac_address alone
    JsonObject unpair =
        sdk.device(
            "ecrhub.unpair", Json.createObjectBuilder().add("mac_address", POS_MAC).build(), false);
    assertAnswered(unpair, "ecrhub.unpair", "000");
  }

  @Test
  void a_mistake_is_refused_in_a_form_the_sdk_can_match() {
    JsonObject refused = sdk.execute("ecrhub.pay.query", JsonValue.EMPTY_JSON_OBJECT);

    assertAnswered(refused, "ecrhub.pay.query", "202");
    assertThat(refused.getString("response_msg")).contains("merchant_order_no");
  }

  private JsonObject order(String transType, String merchantOrderNo, String amount) {
    return sdk.execute(
        "ecrhub.pay.order",
        Json.createObjectBuilder()
            .add("merchant_order_no", merchantOrderNo)
            .add("order_amount", amount)
            .add("pay_scenario", "SWIPE_CARD")
            .add("trans_type", transType)
            .build());
  }

  private static JsonObject orderNo(String merchantOrderNo) {
    return Json.createObjectBuilder().add("merchant_order_no", merchantOrderNo).build();
  }

  /**
   * What the SDK needs of every answer: its topic, the app id, the request id it matched by (the
   * wire delivered it to its request already), an object {@code biz_data}, and the code.
   */
  private static void assertAnswered(JsonObject answer, String topic, String code) {
    assertThat(answer.getString("topic")).as(answer.toString()).isEqualTo(topic);
    assertThat(answer.getString("request_id")).as(answer.toString()).matches("[0-9a-f]{32}");
    assertThat(answer.containsKey("app_id")).as(answer.toString()).isTrue();
    assertThat(answer.get("biz_data")).as(answer.toString()).isInstanceOf(JsonObject.class);
    assertThat(answer.getString("response_code")).as(answer.toString()).isEqualTo(code);
  }
}
