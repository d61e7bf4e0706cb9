package io.ecrhub.protocol.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The {@code biz_data} of an {@code ecrhub.pay.order} or {@code ecrhub.pay.query} response: the
 * transaction as the terminal reports it. Fields the seed's tables do not name are carried in
 * {@code extraFields} and written after the known ones, so that what a terminal sent can be written
 * back unchanged.
 *
 * @param transEndTime terminal local time, {@code yyyy-MM-dd HH:mm:ss}
 * @param extraFields further fields by name, in order; may be empty, never {@code null}
 */
@JsonbTypeSerializer(TransactionDataSerializer.class)
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
    Map<String, JsonValue> extraFields) {

  public TransactionData {
    extraFields = extraFields == null ? Map.of() : extraFields;
  }
}
