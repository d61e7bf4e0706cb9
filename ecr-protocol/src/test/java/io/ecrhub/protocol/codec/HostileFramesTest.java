package io.ecrhub.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.ExampleMessages;
import io.ecrhub.protocol.mapping.internal.MessageDecoder;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Frames a broken or hostile peer may send. Each one is a typed decode failure carrying the reason
 * and a truncated copy — never an exception — and what real terminals do is forgiven.
 */
class HostileFramesTest {

  private final ProtocolCodec codec = ProtocolCodec.standard();

  @Test
  void every_truncation_of_a_valid_frame_is_a_not_json_failure() {
    String frame = ExampleMessages.ORDER_REQUEST;
    for (int length = 0; length < frame.length(); length++) {
      Either<DecodeFailure, InboundMessage> decoded = codec.decode(frame.substring(0, length));
      assertThat(decoded.isLeft()).as("prefix of %d characters", length).isTrue();
      assertThat(decoded.getLeft().reason()).isEqualTo(DecodeFailure.Reason.NOT_JSON);
    }
  }

  @Test
  void a_failure_depends_on_the_frame_alone_not_on_the_frames_decoded_before() {
    String truncated =
        "{\"topic\":\"ecrhub.pay.query\",\"request_id\":\"" + "0".repeat(9_000) + "\u00e9";
    String before = codec.decode(truncated).getLeft().toString();
    // A long valid string makes the parser grow its pooled buffer, which it reuses afterwards.
    codec.decode("{\"topic\":\"ecrhub.pay.query\",\"attach\":\"" + "x".repeat(40_000) + "\"}");

    String after = codec.decode(truncated).getLeft().toString();

    assertThat(after).isEqualTo(before).doesNotContain("column no=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"ecrhub.pay.order\"", "42", "null", "true"})
  void a_frame_that_is_not_an_object_is_refused(String frame) {
    assertThat(codec.decode(frame).getLeft().reason())
        .isEqualTo(DecodeFailure.Reason.NOT_AN_OBJECT);
  }

  @Test
  void nesting_deeper_than_the_limit_is_refused_without_exhausting_the_stack() {
    String deep = "[".repeat(30_000) + "]".repeat(30_000);
    String frame = "{\"topic\":\"ecrhub.pay.query\",\"biz_data\":{\"x\":" + deep + "}}";

    DecodeFailure failure = codec.decode(frame).getLeft();

    assertThat(failure.reason()).isEqualTo(DecodeFailure.Reason.TOO_DEEP);
    assertThat(failure.detail()).contains("biz_data.x");
  }

  @Test
  void a_frame_over_the_size_limit_is_refused_before_parsing_and_the_copy_is_truncated() {
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"attach\":\""
            + "x".repeat(ProtocolCodec.DEFAULT_MAX_FRAME_CHARS)
            + "\"}}";

    DecodeFailure failure = codec.decode(frame).getLeft();

    assertThat(failure.reason()).isEqualTo(DecodeFailure.Reason.TOO_LARGE);
    assertThat(failure.excerpt()).hasSizeLessThan(DecodeFailure.EXCERPT_CHARS + 40);
    assertThat(failure.excerpt()).startsWith("{\"topic\":\"ecrhub.pay.order\"");
  }

  @Test
  void the_size_limit_is_configurable() {
    ProtocolCodec small = new ProtocolCodec(codec.topics(), 100);

    assertThat(small.decode(ExampleMessages.ORDER_REQUEST).getLeft().reason())
        .isEqualTo(DecodeFailure.Reason.TOO_LARGE);
    assertThat(small.decode(ExampleMessages.HEARTBEAT).isRight()).isTrue();
  }

  @Test
  void a_huge_string_under_the_limit_decodes_and_the_domain_names_the_field() {
    String frame =
        ExampleMessages.ORDER_REQUEST.replace(
            "\"pay_scenario\"", "\"attach\":\"" + "y".repeat(50_000) + "\",\"pay_scenario\"");

    Validation<Seq<Violation>, PaymentOrder> order =
        MessageDecoder.orderRequest(codec.decode(frame).get(), CurrencyScale.TWO).get().validate();

    assertThat(order.getError().map(Violation::field)).containsExactly("biz_data.attach");
  }

  @Test
  void duplicate_keys_are_refused_at_any_level() {
    String topLevel =
        "{\"topic\":\"ecrhub.pay.query\",\"topic\":\"ecrhub.pay.close\",\"biz_data\":{}}";
    String nested =
        "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"order_amount\":\"1.00\",\"order_amount\":\"1000.00\"}}";

    assertThat(codec.decode(topLevel).getLeft().reason())
        .isEqualTo(DecodeFailure.Reason.DUPLICATE_KEY);
    DecodeFailure failure = codec.decode(nested).getLeft();
    assertThat(failure.reason()).isEqualTo(DecodeFailure.Reason.DUPLICATE_KEY);
    assertThat(failure.detail()).contains("biz_data.order_amount");
  }

  @Test
  void bytes_that_are_not_utf8_are_refused() {
    byte[] frame = ExampleMessages.QUERY_REQUEST.getBytes(StandardCharsets.UTF_8);
    frame[frame.length - 10] = (byte) 0xC3; // a lead byte without its continuation
    frame[frame.length - 9] = (byte) 0x28;

    assertThat(codec.decode(frame).getLeft().reason()).isEqualTo(DecodeFailure.Reason.NOT_UTF8);
    assertThat(
            codec.decode(ExampleMessages.QUERY_REQUEST.getBytes(StandardCharsets.UTF_8)).isRight())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024\uD800x", "2024\uDC00x", "2024\uDC00\uD800", "2024\uD800"})
  void a_string_holding_a_lone_surrogate_is_refused(String brokenValue) {
    String frame = ExampleMessages.QUERY_REQUEST.replace("20241118210100", brokenValue);

    assertThat(codec.decode(frame).getLeft().reason()).isEqualTo(DecodeFailure.Reason.NOT_UTF8);
  }

  @Test
  void a_lone_surrogate_as_the_frames_last_character_is_refused() {
    assertThat(codec.decode(ExampleMessages.QUERY_REQUEST + "\uD800").getLeft().reason())
        .isEqualTo(DecodeFailure.Reason.NOT_UTF8);
  }

  @Test
  void a_surrogate_pair_is_a_character_like_any_other() {
    String frame = ExampleMessages.QUERY_REQUEST.replace("20241118210100", "2024\uD83D\uDE00");

    assertThat(codec.decode(frame).isRight()).isTrue();
  }

  @Test
  void a_frame_without_topic_or_with_an_unknown_topic_is_refused() {
    assertThat(codec.decode("{\"biz_data\":{}}").getLeft().reason())
        .isEqualTo(DecodeFailure.Reason.MISSING_TOPIC);
    DecodeFailure unknown = codec.decode("{\"topic\":\"ecrhub.pay.refund\"}").getLeft();
    assertThat(unknown.reason()).isEqualTo(DecodeFailure.Reason.UNKNOWN_TOPIC);
    assertThat(unknown.topic()).contains("ecrhub.pay.refund");
  }

  @Test
  void control_characters_in_the_copy_are_escaped_so_logs_cannot_be_forged() {
    DecodeFailure failure = codec.decode("{\"topic\":\"x\n2026-01-01 INFO forged\"").getLeft();

    assertThat(failure.excerpt()).doesNotContain("\n").contains("\\u000a");
  }

  static Stream<String> envelopeFields() {
    return Stream.of(
        "topic",
        "app_id",
        "timestamp",
        "request_id",
        "version",
        "response_code",
        "response_msg",
        "biz_data");
  }

  @ParameterizedTest(name = "envelope field {0} holding an object or array")
  @MethodSource("envelopeFields")
  void a_wrong_type_in_any_envelope_field_is_a_failure(String field) {
    for (String wrong : new String[] {"{\"a\":1}", "[1]"}) {
      String value = field.equals("biz_data") ? "[1]" : wrong;
      String frame =
          "{\"topic\":\"ecrhub.pay.query\",\"biz_data\":{\"merchant_order_no\":\"A1\"},"
                  .replace(
                      "\"topic\":\"ecrhub.pay.query\"",
                      field.equals("topic")
                          ? "\"topic\":" + value
                          : "\"topic\":\"ecrhub.pay.query\"")
                  .replace(
                      ",\"biz_data\":{\"merchant_order_no\":\"A1\"},",
                      field.equals("biz_data")
                          ? ",\"biz_data\":" + value + ","
                          : ",\"biz_data\":{\"merchant_order_no\":\"A1\"},")
              + (field.equals("topic") || field.equals("biz_data")
                  ? "\"app_id\":\"a\"}"
                  : "\"" + field + "\":" + value + "}");

      Either<DecodeFailure, InboundMessage> decoded = codec.decode(frame);

      assertThat(decoded.isLeft()).as("%s = %s in %s", field, value, frame).isTrue();
      assertThat(decoded.getLeft().reason()).isEqualTo(DecodeFailure.Reason.WRONG_TYPE);
      assertThat(decoded.getLeft().detail()).contains(field);
    }
  }

  static Stream<String> orderRequestFields() {
    return Stream.of(
        "trans_type",
        "merchant_order_no",
        "orig_merchant_order_no",
        "order_amount",
        "tip_amount",
        "cashback_amount",
        "pay_method_id",
        "pay_scenario",
        "attach",
        "description",
        "notify_url",
        "expires",
        "confirm_on_terminal",
        "required_terminal_authentication",
        "forecourt_data");
  }

  @ParameterizedTest(name = "pay.order request field {0} holding a value of the wrong JSON type")
  @MethodSource("orderRequestFields")
  void a_wrong_type_in_any_order_request_field_is_a_failure_naming_it(String field) {
    String wrong = field.equals("forecourt_data") ? "{\"code\":\"02\"}" : "{\"nested\":true}";
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"app_id\":\"a\",\"biz_data\":{\""
            + field
            + "\":"
            + wrong
            + "}}";

    Either<DecodeFailure, ?> decoded =
        MessageDecoder.orderRequest(codec.decode(frame).get(), CurrencyScale.TWO);

    assertThat(decoded.getLeft().reason()).isEqualTo(DecodeFailure.Reason.WRONG_TYPE);
    assertThat(decoded.getLeft().detail()).contains("biz_data." + field);
  }

  @Test
  void forecourt_items_that_are_not_objects_are_a_failure_naming_the_item() {
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"forecourt_data\":[{\"code\":\"02\"},7]}}";

    DecodeFailure failure =
        MessageDecoder.orderRequest(codec.decode(frame).get(), CurrencyScale.TWO).getLeft();

    assertThat(failure.detail()).contains("biz_data.forecourt_data[1]");
  }

  static Stream<String> responseFields() {
    return Stream.of(
        "trans_type",
        "merchant_order_no",
        "orig_merchant_order_no",
        "order_amount",
        "tip_amount",
        "cashback_amount",
        "pay_method_id",
        "pay_scenario",
        "attach",
        "trans_no",
        "trans_status",
        "trans_end_time");
  }

  @ParameterizedTest(name = "response field {0} holding an array")
  @MethodSource("responseFields")
  void a_wrong_type_in_any_response_field_is_a_failure_naming_it(String field) {
    String base = "\"merchant_order_no\":\"A1\",\"trans_status\":\"2\"";
    String biz =
        field.equals("merchant_order_no") || field.equals("trans_status")
            ? "{"
                + base.replace(
                    "\"" + field + "\":\"" + (field.equals("trans_status") ? "2" : "A1") + "\"",
                    "\"" + field + "\":[1]")
                + "}"
            : "{" + base + ",\"" + field + "\":[1]}";
    String frame =
        "{\"topic\":\"ecrhub.pay.query\",\"response_code\":\"000\",\"biz_data\":" + biz + "}";

    Either<DecodeFailure, ?> decoded =
        MessageDecoder.transaction(codec.decode(frame).get(), CurrencyScale.TWO);

    assertThat(decoded.isLeft()).as(frame).isTrue();
    assertThat(decoded.getLeft().detail()).contains("biz_data." + field);
  }

  @Test
  void numbers_where_strings_belong_and_strings_where_numbers_belong_are_forgiven() {
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"app_id\":\"a\",\"timestamp\":1739327779762,"
            + "\"biz_data\":{\"trans_type\":1,\"merchant_order_no\":20241118210100,"
            + "\"order_amount\":20.34,\"expires\":\"30\",\"confirm_on_terminal\":\"true\"}}";

    InboundMessage message = codec.decode(frame).get();
    PaymentOrder order =
        MessageDecoder.orderRequest(message, CurrencyScale.TWO).get().validate().get();

    assertThat(message.timestamp()).contains("1739327779762");
    assertThat(order.merchantOrderNo().value()).isEqualTo("20241118210100");
    assertThat(order.orderAmount().toWire()).isEqualTo("20.34");
    assertThat(order.options().expiresSeconds()).contains(30);
    assertThat(order.options().confirmOnTerminal()).contains(true);
  }

  @Test
  void a_numeric_status_and_unknown_fields_in_a_response_are_kept() {
    String frame =
        "{\"topic\":\"ecrhub.pay.query\",\"response_code\":0,\"biz_data\":{\"merchant_order_no\":\"A1\","
            + "\"trans_status\":2,\"price_currency\":\"ZAR\",\"pay_channel_trans_no\":{\"id\":7},"
            + "\"order_amount\":\"1.234\",\"pay_method_id\":\"FooPay\"}}";

    InboundMessage message = codec.decode(frame).get();
    var result = MessageDecoder.transaction(message, CurrencyScale.TWO).get().get();

    assertThat(message.responseCode().get().isSuccess()).isTrue();
    assertThat(result.status().isCompleted()).isTrue();
    assertThat(result.payMethod().get().id()).isEqualTo("FooPay");
    assertThat(result.orderAmount()).as("three decimals do not fit scale 2").isEmpty();
    assertThat(result.extraFields().toJavaMap())
        .containsEntry("price_currency", "\"ZAR\"")
        .containsEntry("pay_channel_trans_no", "{\"id\":7}")
        .containsEntry("order_amount", "\"1.234\"");
  }

  @Test
  void a_number_with_a_huge_exponent_is_an_amount_violation_not_a_crash() {
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"trans_type\":\"1\",\"merchant_order_no\":\"A1\","
            + "\"order_amount\":1e999999999}}";

    var order =
        MessageDecoder.orderRequest(codec.decode(frame).get(), CurrencyScale.TWO).get().validate();

    assertThat(order.getError().map(Violation::field)).containsExactly("biz_data.order_amount");
    assertThat(order.getError().head().message()).contains("exponent");
  }

  @Test
  void an_expires_beyond_an_int_is_a_failure_naming_the_field() {
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"expires\":99999999999999999999}}";

    var order =
        MessageDecoder.orderRequest(codec.decode(frame).get(), CurrencyScale.TWO).get().validate();

    assertThat(order.getError().map(Violation::field)).contains("biz_data.expires");
  }

  @Test
  void trailing_content_after_the_object_is_refused() {
    assertThat(codec.decode(ExampleMessages.QUERY_REQUEST + " {}").isLeft()).isTrue();
  }
}
