package io.ecrhub.protocol.wire;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * Writes {@link TransactionData} field by field. JSON-B has no "any property" to write a map's
 * entries beside a record's fields, so the extra fields a terminal sent need this small serializer
 * to be written back in place.
 */
public final class TransactionDataSerializer implements JsonbSerializer<TransactionData> {

  private static final ExactDecimalAdapter DECIMALS = new ExactDecimalAdapter();

  @Override
  public void serialize(TransactionData data, JsonGenerator out, SerializationContext context) {
    out.writeStartObject();
    write(out, "trans_type", data.transType());
    write(out, "merchant_order_no", data.merchantOrderNo());
    write(out, "orig_merchant_order_no", data.origMerchantOrderNo());
    write(out, "order_amount", data.orderAmount());
    write(out, "tip_amount", data.tipAmount());
    write(out, "cashback_amount", data.cashbackAmount());
    write(out, "pay_method_id", data.payMethodId());
    write(out, "pay_scenario", data.payScenario());
    write(out, "attach", data.attach());
    write(out, "trans_no", data.transNo());
    write(out, "trans_status", data.transStatus());
    write(out, "trans_end_time", data.transEndTime());
    data.extraFields().forEach(out::write);
    out.writeEnd();
  }

  private static void write(JsonGenerator out, String name, String value) {
    if (value != null) {
      out.write(name, value);
    }
  }

  private static void write(JsonGenerator out, String name, BigDecimal value) {
    if (value != null) {
      out.write(name, DECIMALS.adaptToJson(value));
    }
  }
}
