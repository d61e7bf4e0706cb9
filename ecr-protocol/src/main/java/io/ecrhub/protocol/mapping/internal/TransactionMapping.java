package io.ecrhub.protocol.mapping.internal;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.wire.TransactionData;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import io.vavr.control.Try;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The transaction a terminal reports in {@code pay.order} and {@code pay.query} responses, both
 * ways. Reading is forgiving: a value that does not fit its type (an amount with too many decimals,
 * a date in another format) is not lost, it is kept with the fields no table names in {@link
 * TransactionResult#extraFields()}, as the JSON text the terminal sent.
 */
public final class TransactionMapping {

  /** The seed's format of {@code trans_end_time}: terminal local time. */
  public static final DateTimeFormatter END_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private static final Set<String> KNOWN_FIELDS =
      Set.of(
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

  /** JSON-P's provider, looked up once: the static {@code Json} methods look it up per call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private TransactionMapping() {}

  /**
   * The transaction in a response's {@code biz_data}; none when it names no valid order number or
   * no status (a failure answer such as {@code 104} often carries neither).
   *
   * @param biz the response's {@code biz_data}
   * @param scale how many fraction digits the amounts have; an amount that does not fit is kept in
   *     the extra fields
   * @return the transaction, or none
   * @throws io.ecrhub.protocol.codec.WireTypeException when a known field holds an object or an
   *     array
   */
  public static Option<TransactionResult> fromWire(WireObject biz, CurrencyScale scale) {
    Option<MerchantOrderNo> number =
        biz.text("merchant_order_no").flatMap(raw -> MerchantOrderNo.of(raw).toOption());
    Option<TransactionStatus> status =
        biz.text("trans_status").filter(raw -> !raw.isBlank()).map(TransactionStatus::of);
    if (number.isEmpty() || status.isEmpty()) {
      return Option.none();
    }
    Map<String, String> kept = biz.unknownFields(KNOWN_FIELDS);
    Readings readings = new Readings(biz, kept);
    TransactionResult result =
        TransactionResult.builder(number.get(), status.get())
            .transNo(biz.text("trans_no"))
            .type(biz.text("trans_type").filter(raw -> !raw.isBlank()).map(TransactionType::of))
            .origMerchantOrderNo(
                readings.read("orig_merchant_order_no", raw -> MerchantOrderNo.of(raw).toOption()))
            .orderAmount(readings.read("order_amount", raw -> Amount.fromTerminal(raw, scale)))
            .tipAmount(readings.read("tip_amount", raw -> Amount.fromTerminal(raw, scale)))
            .cashbackAmount(
                readings.read("cashback_amount", raw -> Amount.fromTerminal(raw, scale)))
            .payMethod(readings.read("pay_method_id", TransactionMapping::payMethod))
            .payScenario(readings.read("pay_scenario", TransactionMapping::payScenario))
            .endTime(readings.read("trans_end_time", TransactionMapping::endTime))
            .attach(biz.text("attach"))
            .extraFields(readings.kept())
            .build();
    return Option.some(result);
  }

  /**
   * The wire form of a transaction, for the terminal side; extra fields are written back.
   *
   * @param result the transaction to report; its extra fields must hold valid JSON text
   * @return the {@code biz_data} of a {@code pay.order} or {@code pay.query} response, {@code
   *     trans_end_time} in {@link #END_TIME}'s format
   */
  public static TransactionData toWire(TransactionResult result) {
    java.util.Map<String, JsonValue> extras = new java.util.LinkedHashMap<>();
    result.extraFields().forEach((name, json) -> extras.put(name, parse(json)));
    return new TransactionData(
        result.type().map(TransactionType::code).getOrNull(),
        result.merchantOrderNo().value(),
        result.origMerchantOrderNo().map(MerchantOrderNo::value).getOrNull(),
        decimal(result.orderAmount()),
        decimal(result.tipAmount()),
        decimal(result.cashbackAmount()),
        result.payMethod().map(PayMethod::id).getOrNull(),
        result.payScenario().map(PayScenario::name).getOrNull(),
        result.attach().getOrNull(),
        result.transNo().getOrNull(),
        result.status().code(),
        result.endTime().map(END_TIME::format).getOrNull(),
        extras);
  }

  private static Option<PayMethod> payMethod(String raw) {
    return Try.of(() -> PayMethod.of(raw)).toOption();
  }

  private static Option<PayScenario> payScenario(String raw) {
    return Try.of(() -> PayScenario.of(raw)).toOption();
  }

  private static Option<LocalDateTime> endTime(String raw) {
    LocalDateTime seedFormat = SeedDateTimes.parse(raw);
    if (seedFormat != null) {
      return Option.some(seedFormat);
    }
    try {
      return Option.some(LocalDateTime.parse(raw.strip(), END_TIME));
    } catch (DateTimeParseException notSeedFormat) {
      return Try.of(() -> LocalDateTime.parse(raw.strip())).toOption();
    }
  }

  private static BigDecimal decimal(Option<Amount> amount) {
    return amount.map(Amount::value).getOrNull();
  }

  private static JsonValue parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  /** Reads typed fields; a present value that does not fit its type is kept as raw JSON text. */
  private static final class Readings {
    private final WireObject biz;
    private Map<String, String> kept;

    Readings(WireObject biz, Map<String, String> kept) {
      this.biz = biz;
      this.kept = kept;
    }

    <T> Option<T> read(String field, java.util.function.Function<String, Option<T>> reader) {
      Option<String> raw = biz.text(field);
      Option<T> value = raw.flatMap(reader);
      if (raw.isDefined() && value.isEmpty()) {
        kept = kept.put(field, biz.get(field).get().toJson());
      }
      return value;
    }

    Map<String, String> kept() {
      return kept.isEmpty() ? LinkedHashMap.empty() : kept;
    }
  }
}
