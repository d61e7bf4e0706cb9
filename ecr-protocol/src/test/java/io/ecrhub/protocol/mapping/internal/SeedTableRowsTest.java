package io.ecrhub.protocol.mapping.internal;

import static io.ecrhub.protocol.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.JsonTrees;
import io.ecrhub.protocol.codec.Envelope;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of the seed's tables: each field is written under its seed name with the seed's
 * JSON type, and read back to the same domain value.
 */
class SeedTableRowsTest {

  private static final ProtocolCodec CODEC = ProtocolCodec.standard();

  /** pay.order request rows: field, a draft carrying it, the JSON value expected on the wire. */
  static Stream<Arguments> orderRequestRows() {
    return Stream.of(
        row("trans_type", d -> d, "\"1\""),
        row("merchant_order_no", d -> d, "\"A1001\""),
        row(
            "orig_merchant_order_no",
            d ->
                OrderDraft.refund()
                    .merchantOrderNo("R1")
                    .origMerchantOrderNo("A1001")
                    .orderAmount("5.00"),
            "\"A1001\""),
        row("order_amount", d -> d.orderAmount("34.5"), "\"34.50\""),
        row("tip_amount", d -> d.tipAmount("2"), "\"2.00\""),
        row(
            "cashback_amount",
            d ->
                OrderDraft.cashback()
                    .merchantOrderNo("C1")
                    .orderAmount("20.00")
                    .cashbackAmount("10"),
            "\"10.00\""),
        row("pay_method_id", d -> d.payMethodId("Visa"), "\"Visa\""),
        row("pay_scenario", d -> d.payScenario("SWIPE_CARD"), "\"SWIPE_CARD\""),
        row("attach", d -> d.attach("abc123"), "\"abc123\""),
        row("description", d -> d.description("IPhone White X2"), "\"IPhone White X2\""),
        row(
            "notify_url",
            d -> d.notifyUrl("http://www.abc.com/callback?id=12345"),
            "\"http://www.abc.com/callback?id=12345\""),
        row("expires", d -> d.expires(180), "180"),
        row("confirm_on_terminal", d -> d.confirmOnTerminal(true), "true"),
        row(
            "required_terminal_authentication",
            d ->
                OrderDraft.voidOrder()
                    .merchantOrderNo("V1")
                    .origMerchantOrderNo("A1001")
                    .orderAmount("34.50")
                    .requiredTerminalAuthentication(false),
            "false"),
        row(
            "forecourt_data",
            d ->
                d.orderAmount("2.00")
                    .forecourtItem("02", "1.05", "120")
                    .forecourtItem("7", "0.5", "80"),
            "[{\"code\":\"02\",\"quantity\":\"1.050\",\"amount\":\"120\"},"
                + "{\"code\":\"7\",\"quantity\":\"0.500\",\"amount\":\"80\"}]"));
  }

  @ParameterizedTest(name = "pay.order request: {0}")
  @MethodSource("orderRequestRows")
  void order_request_field_is_written_with_its_seed_name_and_type_and_read_back(
      String field, UnaryOperator<OrderDraft> setUp, String expectedJson) {
    PaymentOrder order = setUp.apply(sale()).build();

    String frame =
        CODEC.encode(
            Envelope.request(
                "ecrhub.pay.order", "app", 1L, null, OrderRequestMapping.toWire(order)));
    JsonObject biz = object(frame).getJsonObject("biz_data");

    assertThat(biz.get(field)).as(field).isEqualTo(JsonTrees.parse(expectedJson));
    InboundMessage received = CODEC.decode(frame).get();
    PaymentOrder readBack =
        MessageDecoder.orderRequest(received, CurrencyScale.TWO).get().validate().get();
    assertThat(readBack).isEqualTo(order);
  }

  /** Response rows of pay.order and pay.query: field, wire value, how the domain shows it. */
  static Stream<Arguments> transactionResponseRows() {
    return Stream.of(
        response("trans_type", "\"4\"", r -> r.type().get().code(), "4"),
        response("merchant_order_no", "\"A1001\"", r -> r.merchantOrderNo().value(), "A1001"),
        response(
            "orig_merchant_order_no", "\"P77\"", r -> r.origMerchantOrderNo().get().value(), "P77"),
        response("order_amount", "\"34.50\"", r -> r.orderAmount().get().toWire(), "34.50"),
        response("tip_amount", "\"1.00\"", r -> r.tipAmount().get().toWire(), "1.00"),
        response("cashback_amount", "\"10.00\"", r -> r.cashbackAmount().get().toWire(), "10.00"),
        response("pay_method_id", "\"MasterCard\"", r -> r.payMethod().get().id(), "MasterCard"),
        response(
            "pay_scenario", "\"BSCANQR_PAY\"", r -> r.payScenario().get().name(), "BSCANQR_PAY"),
        response("attach", "\"abc123\"", r -> r.attach().get(), "abc123"),
        response(
            "trans_no",
            "\"5021000010210602000003\"",
            r -> r.transNo().get(),
            "5021000010210602000003"),
        response("trans_status", "\"3\"", r -> r.status().code(), "3"),
        response(
            "trans_end_time",
            "\"2021-06-03 12:48:51\"",
            r -> r.endTime().get().toString(),
            "2021-06-03T12:48:51"));
  }

  @ParameterizedTest(name = "pay.order / pay.query response: {0}")
  @MethodSource("transactionResponseRows")
  void response_field_is_read_into_the_transaction_and_written_back(
      String field, String wireValue, Function<TransactionResult, String> read, String expected) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("merchant_order_no", "\"A1001\"");
    fields.put("trans_status", "\"2\"");
    fields.put(field, wireValue);
    String biz =
        fields.entrySet().stream()
            .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
            .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    for (String topic : new String[] {"ecrhub.pay.order", "ecrhub.pay.query"}) {
      String frame =
          "{\"topic\":\""
              + topic
              + "\",\"app_id\":\"app\",\"response_code\":\"000\",\"biz_data\":"
              + biz
              + "}";

      TransactionResult result =
          MessageDecoder.transaction(CODEC.decode(frame).get(), CurrencyScale.TWO).get().get();

      assertThat(read.apply(result)).as(topic + " " + field).isEqualTo(expected);
      assertThat(result.extraFields()).as("nothing of %s is left unread", field).isEmpty();
      String written =
          CODEC.encode(
              Envelope.response(
                  topic, "app", null, "000", null, TransactionMapping.toWire(result)));
      assertThat(object(written).getJsonObject("biz_data")).isEqualTo(object(biz));
    }
  }

  /** Envelope rows: each common field under its seed name with its seed type. */
  static Stream<Arguments> envelopeRows() {
    return Stream.of(
        Arguments.of("topic", JsonValue.ValueType.STRING),
        Arguments.of("timestamp", JsonValue.ValueType.STRING),
        Arguments.of("app_id", JsonValue.ValueType.STRING),
        Arguments.of("biz_data", JsonValue.ValueType.OBJECT),
        Arguments.of("response_code", JsonValue.ValueType.STRING),
        Arguments.of("response_msg", JsonValue.ValueType.STRING));
  }

  @ParameterizedTest(name = "envelope: {0}")
  @MethodSource("envelopeRows")
  void envelope_field_has_its_seed_name_and_type(String field, JsonValue.ValueType type) {
    String request =
        CODEC.encode(
            Envelope.request(
                "ecrhub.pay.query",
                "app",
                1698302992263L,
                null,
                new io.ecrhub.protocol.wire.OrderNumberData("A1")));
    String response =
        CODEC.encode(
            Envelope.response(
                "ecrhub.pay.query",
                "app",
                null,
                "104",
                "transaction does not exist",
                new io.ecrhub.protocol.wire.OrderNumberData("A1")));
    JsonObject carrier = object(field.startsWith("response") ? response : request);

    assertThat(carrier.get(field)).as(field).isNotNull();
    assertThat(carrier.get(field).getValueType()).isEqualTo(type);
    assertThat(object(request).containsKey("response_code")).isFalse();
    assertThat(object(response).containsKey("timestamp")).isFalse();
    assertThat(object(request).getString("timestamp")).isEqualTo("1698302992263");
  }

  private static OrderDraft sale() {
    return OrderDraft.sale().merchantOrderNo("A1001").orderAmount("34.50");
  }

  private static Arguments row(String field, UnaryOperator<OrderDraft> setUp, String json) {
    return Arguments.of(field, setUp, json);
  }

  private static Arguments response(
      String field, String wire, Function<TransactionResult, String> read, String expected) {
    return Arguments.of(field, wire, read, expected);
  }
}
