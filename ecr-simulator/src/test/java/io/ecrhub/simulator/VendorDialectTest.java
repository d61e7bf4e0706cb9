package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.simulator.Frames.Biz;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The simulator as the vendor's own SDK sees it (the default dialect): every answer, refusals
 * included, names its request; the vendor's topics are answered; the SDK's own spellings are read;
 * and the seed's dialect stays strict.
 */
class VendorDialectTest {

  private static final String APP = Frames.APP_ID;
  private static final String RID = "36471ce6cb3f4e84b162c86fc773e19e";

  private final TerminalFixture terminal = TerminalFixture.standard();

  @Test
  void every_refusal_carries_topic_app_id_request_id_and_an_object_biz_data() {
    RecordingConnection pos = terminal.connect();

    Answer unknownTopic =
        terminal.exchange(
            pos, vendorFrame("ecrhub.pay.refund", "{\"merchant_order_no\":\"A1\"}", APP, RID));
    Answer noOrderNumber = terminal.exchange(pos, vendorFrame("ecrhub.pay.query", "{}", APP, RID));
    Answer badOrder =
        terminal.exchange(
            pos, Frames.payOrder(APP, RID, Biz.sale("A1", "10.00").without("trans_type")));

    for (Answer refusal : new Answer[] {unknownTopic, noOrderNumber, badOrder}) {
      assertThat(refusal.code()).as(refusal.frame()).isEqualTo("202");
      assertThat(refusal.requestId()).as(refusal.frame()).isEqualTo(RID);
      assertThat(refusal.json().getString("app_id")).as(refusal.frame()).isEqualTo(APP);
      assertThat(refusal.json().get("biz_data")).as(refusal.frame()).isInstanceOf(JsonObject.class);
      assertThat(refusal.topic()).as(refusal.frame()).isNotNull();
    }
    assertThat(unknownTopic.topic()).isEqualTo("ecrhub.pay.refund");
  }

  @Test
  void a_heartbeat_is_answered_000_with_its_request_id_and_an_empty_biz_data() {
    Answer answer =
        terminal.exchange(
            terminal.connect(),
            "{\"topic\":\"ecrhub.heartbeat\",\"app_id\":\""
                + APP
                + "\",\"request_id\":\""
                + RID
                + "\",\"version\":\"1.0\",\"timestamp\":1796393991137}");

    assertThat(answer.code()).isEqualTo("000");
    assertThat(answer.requestId()).isEqualTo(RID);
    assertThat(answer.biz()).isEmpty();
  }

  @Test
  void pay_init_lists_the_payment_methods_by_category() {
    Answer answer =
        terminal.exchange(terminal.connect(), vendorFrame("ecrhub.pay.init", "{}", APP, RID));

    assertThat(answer.code()).isEqualTo("000");
    assertThat(answer.requestId()).isEqualTo(RID);
    assertThat(answer.biz().getJsonArray("pay_method_category_list"))
        .extracting(category -> category.asJsonObject().getString("pay_method_category"))
        .containsExactly("BANKCARD", "QR_C_SCAN_B", "QR_B_SCAN_C");
    JsonObject visa =
        answer
            .biz()
            .getJsonArray("pay_method_category_list")
            .getJsonObject(0)
            .getJsonArray("pay_method_list")
            .getJsonObject(0);
    assertThat(visa.getString("pay_method_id")).isEqualTo("Visa");
    assertThat(visa.getJsonArray("supported_trans_type_list").getString(0)).isEqualTo("1");
  }

  @Test
  void pairing_is_accepted_with_the_terminals_device_data_and_unpairing_forgets_the_pos() {
    RecordingConnection pos = terminal.connect();

    Answer paired = terminal.exchange(pos, pairFrame("ecrhub.pair", "02-fc-00-00-00-01"));

    assertThat(paired.code()).isEqualTo("000");
    assertThat(paired.requestId()).isEqualTo(RID);
    assertThat(paired.biz()).isEmpty();
    JsonObject device = paired.json().getJsonObject("device_data");
    assertThat(device.getString("device_sn")).isEqualTo(TerminalIdentity.DEFAULT_SERIAL_NUMBER);
    assertThat(device.getString("app_name")).isEqualTo("ecr-hub simulator");
    assertThat(terminal.terminal.pairedPos())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.macAddress()).isEqualTo("02-fc-00-00-00-01");
              assertThat(p.deviceName()).isEqualTo("till-3");
            });

    // as the vendor's SDK unpairs: a fresh connection, no app_id, no biz_data
    Answer unpaired =
        terminal.exchange(
            terminal.connect(),
            "{\"topic\":\"ecrhub.unpair\",\"request_id\":\""
                + RID
                + "\",\"timestamp\":1796394291029,\"version\":\"1.0\","
                + "\"device_data\":{\"mac_address\":\"02-fc-00-00-00-01\"}}");

    assertThat(unpaired.code()).isEqualTo("000");
    assertThat(unpaired.requestId()).isEqualTo(RID);
    assertThat(unpaired.json().getString("app_id")).isEmpty();
    assertThat(unpaired.json().get("biz_data")).isInstanceOf(JsonObject.class);
    assertThat(terminal.terminal.pairedPos()).isEmpty();
  }

  @Test
  void a_terminal_set_to_refuse_pairing_answers_115_and_pairs_nothing() {
    TerminalFixture refusing =
        TerminalFixture.with(o -> o.withPairing(PairingPolicy.defaults().withAccept(false)));

    Answer refused =
        refusing.exchange(refusing.connect(), pairFrame("ecrhub.pair", "02-fc-00-00-00-01"));

    assertThat(refused.code()).isEqualTo("115");
    assertThat(refused.responseMsg()).contains("till-3").contains("declined");
    assertThat(refused.requestId()).isEqualTo(RID);
    assertThat(refusing.terminal.pairedPos()).isEmpty();
  }

  @Test
  void a_pairing_request_that_names_no_mac_address_is_a_parameter_error() {
    Answer refused =
        terminal.exchange(
            terminal.connect(),
            "{\"topic\":\"ecrhub.pair\",\"request_id\":\""
                + RID
                + "\",\"device_data\":{\"device_name\":\"till-3\"}}");

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("device_data.mac_address");
    assertThat(terminal.terminal.pairedPos()).isEmpty();
  }

  @Test
  void when_pairing_is_required_an_unpaired_pos_is_refused_116_and_a_paired_one_is_served() {
    TerminalFixture strict =
        TerminalFixture.with(o -> o.withPairing(PairingPolicy.defaults().withRequired(true)));
    RecordingConnection pos = strict.connect();

    Answer beforePairing = strict.exchange(pos, Frames.payOrder(APP, RID, Biz.sale("A1", "10.00")));
    assertThat(beforePairing.code()).isEqualTo("116");
    assertThat(beforePairing.responseMsg()).contains("not paired");
    assertThat(strict.ledger().find("A1")).isEmpty();
    assertThat(strict.exchange(pos, Frames.query("A1")).code()).isEqualTo("116");

    assertThat(strict.exchange(pos, pairFrame("ecrhub.pair", "02-fc-00-00-00-01")).code())
        .isEqualTo("000");
    strict.send(pos, Frames.payOrder(APP, RID, Biz.sale("A2", "10.00")));
    strict.advance(strict.options.approveDelay());
    assertThat(pos.lastAnswer().code()).isEqualTo("000");
    assertThat(pos.lastAnswer().status()).isEqualTo("2");

    assertThat(strict.exchange(pos, pairFrame("ecrhub.unpair", "02-fc-00-00-00-01")).code())
        .isEqualTo("000");
    assertThat(strict.exchange(pos, Frames.query("A2")).code()).isEqualTo("116");
  }

  @Test
  void a_void_without_order_amount_voids_the_originals_full_amount() {
    terminal.pay(Biz.cashback("CB1", "20.00", "5.00"));

    Answer voided = terminal.pay(Biz.voidOf("CB1", "V1", "0").without("order_amount"));

    assertThat(voided.code()).isEqualTo("000");
    assertThat(voided.biz("order_amount")).isEqualTo("20.00");
    assertThat(terminal.query("CB1").status()).isEqualTo("3");
  }

  @Test
  void a_void_without_order_amount_of_an_unknown_original_is_refused_202() {
    Answer refused = terminal.pay(Biz.voidOf("NOPE", "V1", "0").without("order_amount"));

    assertThat(refused.code()).isEqualTo("202");
    assertThat(refused.responseMsg()).contains("order_amount");
  }

  @Test
  void a_close_naming_the_order_merchantOrderNo_as_the_vendors_sdk_does_is_read() {
    RecordingConnection pos = terminal.connect();
    terminal.send(pos, Frames.payOrder(APP, RID, Biz.sale("P1", "10.94")));

    Answer closed =
        terminal.exchange(
            pos, vendorFrame("ecrhub.pay.close", "{\"merchantOrderNo\":\"P1\"}", APP, RID));

    assertThat(closed.code()).isEqualTo("000");
    assertThat(closed.biz("merchant_order_no")).isEqualTo("P1");
    assertThat(terminal.query("P1").status()).isEqualTo("1");
  }

  @Test
  void the_seed_dialect_keeps_the_seeds_strictness_and_knows_no_vendor_topic() {
    TerminalFixture seed = TerminalFixture.with(o -> o.withEchoRequestId(false));
    seed.pay(Biz.sale("S1", "10.00"));

    Answer voidWithoutAmount = seed.pay(Biz.voidOf("S1", "V1", "0").without("order_amount"));
    Answer sdkClose =
        seed.exchange(
            seed.connect(),
            vendorFrame("ecrhub.pay.close", "{\"merchantOrderNo\":\"S1\"}", APP, RID));
    Answer payInit = seed.exchange(seed.connect(), vendorFrame("ecrhub.pay.init", "{}", APP, RID));

    assertThat(voidWithoutAmount.code()).isEqualTo("202");
    assertThat(sdkClose.code()).isEqualTo("202");
    assertThat(payInit.code()).isEqualTo("202");
    assertThat(payInit.responseMsg()).contains("ecrhub.pay.init");
    assertThat(sdkClose.requestId()).isNull();
    assertThat(seed.query("S1").status()).isEqualTo("2");
  }

  private static String vendorFrame(String topic, String bizJson, String appId, String requestId) {
    return "{\"topic\":\""
        + topic
        + "\",\"app_id\":\""
        + appId
        + "\",\"request_id\":\""
        + requestId
        + "\",\"version\":\"1.0\",\"timestamp\":1796393991137,\"biz_data\":"
        + bizJson
        + "}";
  }

  private static String pairFrame(String topic, String macAddress) {
    return "{\"topic\":\""
        + topic
        + "\",\"request_id\":\""
        + RID
        + "\",\"timestamp\":1796394291029,\"version\":\"1.0\",\"device_data\":{"
        + "\"mac_address\":\""
        + macAddress
        + "\",\"device_name\":\"till-3\","
        + "\"alias_name\":\"Till 3\"}}";
  }
}
