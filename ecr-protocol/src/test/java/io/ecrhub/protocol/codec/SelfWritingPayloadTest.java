package io.ecrhub.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.wire.ForecourtItemData;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.ecrhub.protocol.wire.OrderRequestData;
import io.ecrhub.protocol.wire.TransactionData;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The payloads that write themselves ({@link WirePayload}) give, byte for byte, the frame that
 * JSON-B gives by reflection over the same fields: random records are encoded by the codec and, as
 * mirror records without a serializer, by a plain JSON-B with the codec's settings.
 */
class SelfWritingPayloadTest {

  private static final long SEED = 0x5e1f_c0de_17L;
  private static final int CASES = 2_000;

  /** Characters a frame must escape or carry as they are. */
  private static final String ALPHABET =
      "aZ09 -_.:/\\\"\u0001\u001f\t\n\u00e9\u20ac\ud83d\ude00<>&'";

  private static final Jsonb REFLECTING =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

  private final ProtocolCodec codec = ProtocolCodec.standard();

  @AfterAll
  static void close() throws Exception {
    REFLECTING.close();
  }

  @Test
  void an_order_request_writes_itself_as_json_b_writes_its_fields() {
    System.out.println("SelfWritingPayloadTest seed " + SEED);
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      Envelope envelope = envelope(random, null);
      OrderRequestData order = orderRequest(random);

      assertThat(codec.encode(written(envelope, order)))
          .as("case %d of seed %d", i, SEED)
          .isEqualTo(REFLECTING.toJson(reflected(envelope, MirrorOrderRequest.of(order))));
    }
  }

  @Test
  void a_transaction_and_an_order_number_write_themselves_as_json_b_writes_their_fields() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < CASES; i++) {
      Envelope envelope = envelope(random, random.nextBoolean() ? "000" : null);
      TransactionData transaction = transaction(random, Map.of());
      OrderNumberData number = new OrderNumberData(maybeText(random));

      assertThat(codec.encode(written(envelope, transaction)))
          .as("transaction, case %d of seed %d", i, SEED + 1)
          .isEqualTo(REFLECTING.toJson(reflected(envelope, MirrorTransaction.of(transaction))));
      assertThat(codec.encode(written(envelope, number)))
          .as("order number, case %d of seed %d", i, SEED + 1)
          .isEqualTo(REFLECTING.toJson(reflected(envelope, new MirrorOrderNumber(number))));
    }
  }

  @Test
  void a_transaction_writes_the_fields_it_does_not_know_after_the_known_ones() {
    Map<String, jakarta.json.JsonValue> extras = new LinkedHashMap<>();
    JsonProvider json = JsonProvider.provider();
    extras.put("card_type", json.createValue("DEBIT"));
    extras.put("batch", json.createValue(7));
    TransactionData transaction =
        new TransactionData(
            "1",
            "A1",
            null,
            new BigDecimal("1.50"),
            null,
            null,
            null,
            null,
            null,
            "T9",
            "2",
            null,
            extras);

    String frame =
        codec.encode(Envelope.response("ecrhub.pay.query", "app", null, "000", "ok", transaction));

    assertThat(frame)
        .isEqualTo(
            "{\"topic\":\"ecrhub.pay.query\",\"app_id\":\"app\",\"response_code\":\"000\","
                + "\"response_msg\":\"ok\",\"biz_data\":{\"trans_type\":\"1\","
                + "\"merchant_order_no\":\"A1\",\"order_amount\":\"1.50\",\"trans_no\":\"T9\","
                + "\"trans_status\":\"2\",\"card_type\":\"DEBIT\",\"batch\":7}}");
    assertThat(
            REFLECTING.toJson(
                Envelope.response("ecrhub.pay.query", "app", null, "000", "ok", transaction)))
        .isEqualTo(frame);
  }

  @Test
  void a_payload_that_does_not_write_itself_is_written_by_json_b() {
    Map<String, Object> biz = new LinkedHashMap<>();
    biz.put("merchant_order_no", "A\"1");
    biz.put("expires", 30);
    Envelope envelope =
        Envelope.request("ecrhub.pay.query", "app", 1L, "r-1", biz)
            .withDeviceData(new OrderNumberData("B2"));

    assertThat(codec.encode(envelope))
        .isEqualTo(
            "{\"topic\":\"ecrhub.pay.query\",\"app_id\":\"app\",\"timestamp\":\"1\","
                + "\"request_id\":\"r-1\",\"biz_data\":{\"merchant_order_no\":\"A\\\"1\","
                + "\"expires\":30},\"device_data\":{\"merchant_order_no\":\"B2\"}}");
  }

  private static Envelope envelope(Random random, String responseCode) {
    return new Envelope(
        "ecrhub.pay." + text(random),
        maybeText(random),
        random.nextBoolean() ? Long.toString(random.nextLong()) : null,
        maybeText(random),
        maybeText(random),
        responseCode,
        responseCode == null ? null : maybeText(random),
        null,
        random.nextInt(4) == 0 ? new OrderNumberData(maybeText(random)) : null);
  }

  /** The envelope the codec writes, with {@code biz}. */
  private static Envelope written(Envelope envelope, Object biz) {
    return copy(envelope, biz, envelope.deviceData());
  }

  /** The same envelope for plain JSON-B: the mirrors of its payloads. */
  private static Envelope reflected(Envelope envelope, Object mirrorBiz) {
    return copy(
        envelope,
        mirrorBiz,
        envelope.deviceData() instanceof OrderNumberData number
            ? new MirrorOrderNumber(number)
            : null);
  }

  private static Envelope copy(Envelope envelope, Object biz, Object device) {
    return new Envelope(
        envelope.topic(),
        envelope.appId(),
        envelope.timestamp(),
        envelope.requestId(),
        envelope.version(),
        envelope.responseCode(),
        envelope.responseMsg(),
        biz,
        device);
  }

  private static OrderRequestData orderRequest(Random random) {
    List<ForecourtItemData> forecourt = null;
    if (random.nextInt(3) == 0) {
      forecourt = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        forecourt.add(
            new ForecourtItemData(maybeText(random), maybeDecimal(random), maybeText(random)));
      }
    }
    return new OrderRequestData(
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeDecimal(random),
        maybeDecimal(random),
        maybeDecimal(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        random.nextBoolean() ? random.nextInt() : null,
        random.nextBoolean() ? random.nextBoolean() : null,
        random.nextBoolean() ? random.nextBoolean() : null,
        forecourt);
  }

  private static TransactionData transaction(
      Random random, Map<String, jakarta.json.JsonValue> extras) {
    return new TransactionData(
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeDecimal(random),
        maybeDecimal(random),
        maybeDecimal(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        maybeText(random),
        extras);
  }

  private static String maybeText(Random random) {
    return random.nextInt(3) == 0 ? null : text(random);
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      int at = random.nextInt(ALPHABET.length());
      char c = ALPHABET.charAt(at);
      if (Character.isHighSurrogate(c)) {
        text.append(c).append(ALPHABET.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static BigDecimal maybeDecimal(Random random) {
    if (random.nextInt(3) == 0) {
      return null;
    }
    return BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5) - 1);
  }

  /** {@link OrderRequestData}'s fields, as JSON-B would write them without a serializer. */
  @JsonbPropertyOrder({
    "transType",
    "merchantOrderNo",
    "origMerchantOrderNo",
    "orderAmount",
    "tipAmount",
    "cashbackAmount",
    "payMethodId",
    "payScenario",
    "attach",
    "description",
    "notifyUrl",
    "expires",
    "confirmOnTerminal",
    "requiredTerminalAuthentication",
    "forecourtData"
  })
  public record MirrorOrderRequest(
      String transType,
      String merchantOrderNo,
      String origMerchantOrderNo,
      @JsonbTypeAdapter(PlainDecimal.class) BigDecimal orderAmount,
      @JsonbTypeAdapter(PlainDecimal.class) BigDecimal tipAmount,
      @JsonbTypeAdapter(PlainDecimal.class) BigDecimal cashbackAmount,
      String payMethodId,
      String payScenario,
      String attach,
      String description,
      String notifyUrl,
      Integer expires,
      Boolean confirmOnTerminal,
      Boolean requiredTerminalAuthentication,
      List<MirrorForecourtItem> forecourtData) {

    static MirrorOrderRequest of(OrderRequestData order) {
      return new MirrorOrderRequest(
          order.transType(),
          order.merchantOrderNo(),
          order.origMerchantOrderNo(),
          order.orderAmount(),
          order.tipAmount(),
          order.cashbackAmount(),
          order.payMethodId(),
          order.payScenario(),
          order.attach(),
          order.description(),
          order.notifyUrl(),
          order.expires(),
          order.confirmOnTerminal(),
          order.requiredTerminalAuthentication(),
          order.forecourtData() == null
              ? null
              : order.forecourtData().stream()
                  .map(item -> new MirrorForecourtItem(item.code(), item.quantity(), item.amount()))
                  .toList());
    }
  }

  /** {@link ForecourtItemData}'s fields. */
  @JsonbPropertyOrder({"code", "quantity", "amount"})
  public record MirrorForecourtItem(
      String code, @JsonbTypeAdapter(PlainDecimal.class) BigDecimal quantity, String amount) {}

  /** {@link TransactionData}'s known fields. */
  @JsonbPropertyOrder({
    "transType",
    "merchantOrderNo",
    "origMerchantOrderNo",
    "orderAmount",
    "tipAmount",
    "cashbackAmount",
    "payMethodId",
    "payScenario",
    "attach",
    "transNo",
    "transStatus",
    "transEndTime"
  })
  public record MirrorTransaction(
      String transType,
      String merchantOrderNo,
      String origMerchantOrderNo,
      @JsonbTypeAdapter(PlainDecimal.class) BigDecimal orderAmount,
      @JsonbTypeAdapter(PlainDecimal.class) BigDecimal tipAmount,
      @JsonbTypeAdapter(PlainDecimal.class) BigDecimal cashbackAmount,
      String payMethodId,
      String payScenario,
      String attach,
      String transNo,
      String transStatus,
      String transEndTime) {

    static MirrorTransaction of(TransactionData data) {
      return new MirrorTransaction(
          data.transType(),
          data.merchantOrderNo(),
          data.origMerchantOrderNo(),
          data.orderAmount(),
          data.tipAmount(),
          data.cashbackAmount(),
          data.payMethodId(),
          data.payScenario(),
          data.attach(),
          data.transNo(),
          data.transStatus(),
          data.transEndTime());
    }
  }

  /** {@link OrderNumberData}'s field. */
  public record MirrorOrderNumber(String merchantOrderNo) {
    MirrorOrderNumber(OrderNumberData data) {
      this(data.merchantOrderNo());
    }
  }

  /** What the wire package's adapter does, restated: a decimal as a string with its scale. */
  public static final class PlainDecimal
      implements jakarta.json.bind.adapter.JsonbAdapter<BigDecimal, String> {
    @Override
    public String adaptToJson(BigDecimal value) {
      return value.toPlainString();
    }

    @Override
    public BigDecimal adaptFromJson(String text) {
      return new BigDecimal(text);
    }
  }
}
