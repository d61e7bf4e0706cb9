package io.ecrhub.it.reliability;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.codec.Envelope;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.mapping.internal.OrderRequestMapping;
import io.ecrhub.protocol.mapping.internal.TransactionMapping;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.ecrhub.protocol.wire.TransactionData;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The valid frames the fuzz suites start from, written by the project's own encoder from domain
 * values so that they are exactly what the two sides send each other: the terminal's answers (what
 * the POS decodes) and the POS's requests (what the terminal decodes).
 */
final class FuzzCorpus {

  static final ProtocolCodec CODEC = ProtocolCodec.standard();
  static final String APP_ID = "fuzz";

  private static final long TIMESTAMP = 1_700_000_000_000L;

  private FuzzCorpus() {}

  /**
   * Every kind of answer a terminal gives, about {@code number} and echoing {@code requestId}:
   * approved, declined, processing and {@code 108} orders, a {@code 104}, a close, a heartbeat.
   */
  static List<String> answers(String requestId, String number) {
    TransactionResult approved = approved(number);
    return List.of(
        answer(
            Topic.PAY_ORDER, requestId, ResponseCode.SUCCESS, TransactionMapping.toWire(approved)),
        answer(
            Topic.PAY_ORDER,
            requestId,
            ResponseCode.REJECTED,
            TransactionMapping.toWire(
                TransactionResult.builder(new MerchantOrderNo(number), TransactionStatus.CLOSED)
                    .transNo(Option.some("5021000000000000000002"))
                    .type(Option.some(TransactionType.SALE))
                    .orderAmount(Option.some(Amount.ofMinorUnits(3491, CurrencyScale.TWO)))
                    .build())),
        answer(
            Topic.PAY_ORDER,
            requestId,
            ResponseCode.RESULT_UNKNOWN,
            new TransactionData(
                "1",
                number,
                null,
                new BigDecimal("34.50"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of())),
        answer(
            Topic.PAY_QUERY,
            requestId,
            ResponseCode.SUCCESS,
            TransactionMapping.toWire(
                approved.toBuilder().status(TransactionStatus.PROCESSING).build())),
        answer(
            Topic.PAY_QUERY, requestId, ResponseCode.SUCCESS, TransactionMapping.toWire(approved)),
        answer(Topic.PAY_QUERY, requestId, ResponseCode.NOT_FOUND, new OrderNumberData(number)),
        answer(Topic.PAY_CLOSE, requestId, ResponseCode.SUCCESS, new OrderNumberData(number)),
        answer(Topic.HEARTBEAT, requestId, ResponseCode.SUCCESS, null));
  }

  /** The approved transaction of {@code number}, with every field a terminal reports. */
  static TransactionResult approved(String number) {
    return TransactionResult.builder(new MerchantOrderNo(number), TransactionStatus.COMPLETED)
        .transNo(Option.some("5021000000000000000001"))
        .type(Option.some(TransactionType.SALE))
        .orderAmount(Option.some(Amount.ofMinorUnits(3450, CurrencyScale.TWO)))
        .tipAmount(Option.some(Amount.ofMinorUnits(150, CurrencyScale.TWO)))
        .payMethod(Option.some(PayMethod.VISA))
        .payScenario(Option.some(PayScenario.SWIPE_CARD))
        .endTime(Option.some(LocalDateTime.of(2025, 1, 13, 10, 15, 30)))
        .attach(Option.some("table 7"))
        .extraFields(LinkedHashMap.of("price_currency", "\"USD\"", "pay_channel_trans_no", "42"))
        .build();
  }

  /** An answer as the terminal writes it. */
  static String answer(Topic topic, String requestId, ResponseCode code, Object bizData) {
    return CODEC.encode(
        Envelope.response(
            topic.name(), APP_ID, requestId, code.code(), code.description(), bizData));
  }

  /** How many kinds of request {@link #request} writes. */
  static final int REQUEST_KINDS = 9;

  /**
   * A valid request of kind {@code kind} (0 to {@value #REQUEST_KINDS} - 1) about {@code number}:
   * sales plain and with every option, forecourt lines, a refund, a void, a pre-authorisation, a
   * cashback sale, a query, a close and a heartbeat.
   */
  static String request(int kind, String number, String requestId) {
    return switch (kind) {
      case 0 -> order(OrderDraft.sale().merchantOrderNo(number).orderAmount("10.00"), requestId);
      case 1 ->
          order(
              OrderDraft.sale()
                  .merchantOrderNo(number)
                  .orderAmount("34.50")
                  .tipAmount("1.50")
                  .payMethodId("Visa")
                  .payScenario("SWIPE_CARD")
                  .attach("table 7")
                  .description("two coffees")
                  .expires(120)
                  .confirmOnTerminal(true),
              requestId);
      case 2 ->
          order(
              OrderDraft.sale()
                  .merchantOrderNo(number)
                  .orderAmount("20.34")
                  .forecourtItem("02", "10.5", "2000")
                  .forecourtItem("95", "0.25", "34"),
              requestId);
      case 3 ->
          order(
              OrderDraft.refund()
                  .merchantOrderNo(number)
                  .origMerchantOrderNo("ORIG" + number)
                  .orderAmount("5.00"),
              requestId);
      case 4 ->
          order(
              OrderDraft.voidOrder()
                  .merchantOrderNo(number)
                  .origMerchantOrderNo("ORIG" + number)
                  .orderAmount("10.00"),
              requestId);
      case 5 -> order(OrderDraft.preAuth().merchantOrderNo(number).orderAmount("80.00"), requestId);
      case 6 ->
          order(
              OrderDraft.cashback()
                  .merchantOrderNo(number)
                  .orderAmount("30.00")
                  .cashbackAmount("20.00"),
              requestId);
      case 7 -> request(Topic.PAY_QUERY, requestId, new OrderNumberData(number));
      case 8 -> request(Topic.PAY_CLOSE, requestId, new OrderNumberData(number));
      default -> request(Topic.HEARTBEAT, requestId, null);
    };
  }

  /** A heartbeat request: the probe that shows a connection still answers. */
  static String heartbeat(String requestId) {
    return request(Topic.HEARTBEAT, requestId, null);
  }

  private static String order(OrderDraft draft, String requestId) {
    return request(Topic.PAY_ORDER, requestId, OrderRequestMapping.toWire(draft.build()));
  }

  private static String request(Topic topic, String requestId, Object bizData) {
    return CODEC.encode(Envelope.request(topic.name(), APP_ID, TIMESTAMP, requestId, bizData));
  }
}
