package io.ecrhub.protocol.wire;

import io.ecrhub.protocol.codec.WirePayload;
import io.ecrhub.protocol.codec.WirePayloadSerializer;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * One {@code forecourt_data} item.
 *
 * @param code product code, {@code "02"}
 * @param quantity litres with exactly three decimals, {@code "1.050"}
 * @param amount integer cents as a string, {@code "100"}
 */
@JsonbTypeSerializer(WirePayloadSerializer.class)
public record ForecourtItemData(
    String code, @JsonbTypeAdapter(ExactDecimalAdapter.class) BigDecimal quantity, String amount)
    implements WirePayload {

  /**
   * Writes the item, {@code quantity} as a string with its exact scale.
   *
   * @param out where the object goes
   */
  @Override
  public void writeJson(JsonGenerator out) {
    out.writeStartObject();
    JsonFields.text(out, "code", code);
    JsonFields.decimal(out, "quantity", quantity);
    JsonFields.text(out, "amount", amount);
    out.writeEnd();
  }
}
