package io.ecrhub.protocol.wire;

import io.ecrhub.protocol.codec.WirePayload;
import io.ecrhub.protocol.codec.WirePayloadSerializer;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The {@code biz_data} of an {@code ecrhub.pay.order} or {@code ecrhub.pay.query} response: the
 * transaction as the terminal reports it. Fields the seed's tables do not name are carried in
 * {@code extraFields} and written after the known ones, so that what a terminal sent can be written
 * back unchanged.
 *
 * @param transType {@code trans_type}: the transaction type code
 * @param merchantOrderNo {@code merchant_order_no}: the order the transaction belongs to
 * @param origMerchantOrderNo {@code orig_merchant_order_no}: the order a void or refund referred to
 * @param orderAmount {@code order_amount} in major units
 * @param tipAmount {@code tip_amount} in major units
 * @param cashbackAmount {@code cashback_amount} in major units
 * @param payMethodId {@code pay_method_id}: how the customer paid, e.g. {@code Visa}
 * @param payScenario {@code pay_scenario}, e.g. {@code SWIPE_CARD}
 * @param attach {@code attach}: the merchant data of the request, returned as is
 * @param transNo {@code trans_no}: the gateway's transaction number
 * @param transStatus {@code trans_status}: {@code "2"} completed, {@code "1"} closed, {@code "0"}
 *     processing…
 * @param transEndTime terminal local time, {@code yyyy-MM-dd HH:mm:ss}
 * @param extraFields further fields by name, in order; may be empty, never {@code null}
 */
@JsonbTypeSerializer(WirePayloadSerializer.class)
public record TransactionData(
    String transType,
    String merchantOrderNo,
    String origMerchantOrderNo,
    BigDecimal orderAmount,
    BigDecimal tipAmount,
    BigDecimal cashbackAmount,
    String payMethodId,
    String payScenario,
    String attach,
    String transNo,
    String transStatus,
    String transEndTime,
    Map<String, JsonValue> extraFields)
    implements WirePayload {

  /**
   * Makes a null {@code extraFields} empty.
   *
   * @param transType {@code trans_type}
   * @param merchantOrderNo {@code merchant_order_no}
   * @param origMerchantOrderNo {@code orig_merchant_order_no}
   * @param orderAmount {@code order_amount}
   * @param tipAmount {@code tip_amount}
   * @param cashbackAmount {@code cashback_amount}
   * @param payMethodId {@code pay_method_id}
   * @param payScenario {@code pay_scenario}
   * @param attach {@code attach}
   * @param transNo {@code trans_no}
   * @param transStatus {@code trans_status}
   * @param transEndTime {@code trans_end_time}
   * @param extraFields further fields by name, in order; null for none
   */
  public TransactionData {
    extraFields = extraFields == null ? Map.of() : extraFields;
  }

  /**
   * Writes the known fields in the seed's order, then the extra ones in theirs: JSON-B has no "any
   * property" to write a map's entries beside a record's fields.
   *
   * @param out where the object goes
   */
  @Override
  public void writeJson(JsonGenerator out) {
    out.writeStartObject();
    JsonFields.text(out, "trans_type", transType);
    JsonFields.text(out, "merchant_order_no", merchantOrderNo);
    JsonFields.text(out, "orig_merchant_order_no", origMerchantOrderNo);
    JsonFields.decimal(out, "order_amount", orderAmount);
    JsonFields.decimal(out, "tip_amount", tipAmount);
    JsonFields.decimal(out, "cashback_amount", cashbackAmount);
    JsonFields.text(out, "pay_method_id", payMethodId);
    JsonFields.text(out, "pay_scenario", payScenario);
    JsonFields.text(out, "attach", attach);
    JsonFields.text(out, "trans_no", transNo);
    JsonFields.text(out, "trans_status", transStatus);
    JsonFields.text(out, "trans_end_time", transEndTime);
    extraFields.forEach(out::write);
    out.writeEnd();
  }
}
