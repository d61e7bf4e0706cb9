package io.ecrhub.protocol.codec;

import static io.ecrhub.protocol.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.order.Sale;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.ExampleMessages;
import io.ecrhub.protocol.mapping.internal.MessageDecoder;
import io.ecrhub.protocol.mapping.internal.OrderRequestMapping;
import io.ecrhub.protocol.mapping.internal.TransactionMapping;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.vavr.collection.LinkedHashMap;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Every example message the vendor publishes decodes to the expected domain values, and those
 * values re-encode to an equivalent JSON object (compared as parsed trees, not strings).
 */
class GoldenMessagesTest {

  private final ProtocolCodec codec = ProtocolCodec.standard();

  @Test
  void order_request_example_decodes_to_a_sale_and_re_encodes_to_the_same_object() {
    InboundMessage message = codec.decode(ExampleMessages.ORDER_REQUEST).get();

    PaymentOrder order =
        MessageDecoder.orderRequest(message, CurrencyScale.TWO).get().validate().get();

    assertThat(message.topic()).isEqualTo(Topic.PAY_ORDER);
    assertThat(message.appId()).contains("yourappid");
    assertThat(message.timestamp()).contains("1739327779762");
    assertThat(order).isInstanceOf(Sale.class);
    assertThat(order.merchantOrderNo()).isEqualTo(new MerchantOrderNo("20241118210100"));
    assertThat(order.orderAmount()).isEqualTo(Amount.parseOrThrow("20.34"));
    assertThat(order.options().expiresSeconds()).contains(30);
    assertThat(order.options().notifyUrl().map(Object::toString))
        .contains("https://m.website.com/notify");
    assertThat(order.options().payScenario()).contains(PayScenario.SWIPE_CARD);

    String reEncoded =
        codec.encode(
            Envelope.request(
                "ecrhub.pay.order",
                "yourappid",
                1739327779762L,
                null,
                OrderRequestMapping.toWire(order)));
    assertThat(object(reEncoded)).isEqualTo(object(ExampleMessages.ORDER_REQUEST));
  }

  @Test
  void
      order_response_example_decodes_to_an_approved_transaction_and_re_encodes_to_the_same_object() {
    InboundMessage message = codec.decode(ExampleMessages.ORDER_RESPONSE).get();

    TransactionResult result = MessageDecoder.transaction(message, CurrencyScale.TWO).get().get();

    assertThat(message.responseCode()).contains(ResponseCode.SUCCESS);
    assertThat(message.responseMsg()).contains("Success");
    assertThat(result.merchantOrderNo()).isEqualTo(new MerchantOrderNo("20241118210100"));
    assertThat(result.status()).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(result.type()).contains(TransactionType.SALE);
    assertThat(result.transNo()).contains("5021000010210602000003");
    assertThat(result.orderAmount()).contains(Amount.parseOrThrow("20.34"));
    assertThat(result.payMethod()).contains(PayMethod.VISA);
    assertThat(result.payScenario()).contains(PayScenario.SWIPE_CARD);
    assertThat(result.endTime()).contains(LocalDateTime.of(2025, 1, 13, 14, 36, 9));
    assertThat(result.extraFields())
        .isEqualTo(LinkedHashMap.of("confirm_on_terminal", "false", "expires", "30"));

    String reEncoded =
        codec.encode(
            Envelope.response(
                "ecrhub.pay.order",
                "yourappid",
                null,
                "000",
                "Success",
                TransactionMapping.toWire(result)));
    assertThat(object(reEncoded)).isEqualTo(object(ExampleMessages.ORDER_RESPONSE));
  }

  @Test
  void query_request_example_decodes_to_its_order_number_and_re_encodes_to_the_same_object() {
    InboundMessage message = codec.decode(ExampleMessages.QUERY_REQUEST).get();

    MerchantOrderNo number = MessageDecoder.orderNumber(message).get().get();

    assertThat(message.topic()).isEqualTo(Topic.PAY_QUERY);
    assertThat(number).isEqualTo(new MerchantOrderNo("20241118210100"));
    String reEncoded =
        codec.encode(
            Envelope.request(
                "ecrhub.pay.query",
                "yourappid",
                1739327779762L,
                null,
                new OrderNumberData(number.value())));
    assertThat(object(reEncoded)).isEqualTo(object(ExampleMessages.QUERY_REQUEST));
  }

  @Test
  void close_request_example_decodes_to_its_order_number_and_re_encodes_to_the_same_object() {
    InboundMessage message = codec.decode(ExampleMessages.CLOSE_REQUEST).get();

    MerchantOrderNo number = MessageDecoder.orderNumber(message).get().get();

    assertThat(message.topic()).isEqualTo(Topic.PAY_CLOSE);
    String reEncoded =
        codec.encode(
            Envelope.request(
                "ecrhub.pay.close",
                "yourappid",
                1739327779762L,
                null,
                new OrderNumberData(number.value())));
    assertThat(object(reEncoded)).isEqualTo(object(ExampleMessages.CLOSE_REQUEST));
  }

  @Test
  void close_response_example_decodes_with_an_empty_message_and_re_encodes_to_the_same_object() {
    InboundMessage message = codec.decode(ExampleMessages.CLOSE_RESPONSE).get();

    assertThat(message.responseCode()).contains(ResponseCode.SUCCESS);
    assertThat(message.responseMsg()).contains("");
    String number = message.biz().text("merchant_order_no").get();
    String reEncoded =
        codec.encode(
            Envelope.response(
                "ecrhub.pay.close", "yourappid", null, "000", "", new OrderNumberData(number)));
    assertThat(object(reEncoded)).isEqualTo(object(ExampleMessages.CLOSE_RESPONSE));
  }

  @Test
  void heartbeat_example_decodes_without_biz_data_and_re_encodes_to_the_same_object() {
    InboundMessage message = codec.decode(ExampleMessages.HEARTBEAT).get();

    assertThat(message.topic()).isEqualTo(Topic.HEARTBEAT);
    assertThat(message.bizData()).isEmpty();
    String reEncoded =
        codec.encode(Envelope.request("ecrhub.heartbeat", "yourappid", 1739327779762L, null, null));
    assertThat(object(reEncoded)).isEqualTo(object(ExampleMessages.HEARTBEAT));
  }
}
