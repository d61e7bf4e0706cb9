package io.ecrhub.protocol.wire;

import io.ecrhub.protocol.codec.WirePayload;
import io.ecrhub.protocol.codec.WirePayloadSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.stream.JsonGenerator;

/**
 * The {@code biz_data} that holds only an order number: the {@code ecrhub.pay.query} request and
 * the {@code ecrhub.pay.close} request and response.
 *
 * @param merchantOrderNo {@code merchant_order_no}: the order asked about or closed
 */
@JsonbTypeSerializer(WirePayloadSerializer.class)
public record OrderNumberData(String merchantOrderNo) implements WirePayload {

  /**
   * Writes {@code {"merchant_order_no":…}}.
   *
   * @param out where the object goes
   */
  @Override
  public void writeJson(JsonGenerator out) {
    out.writeStartObject();
    JsonFields.text(out, "merchant_order_no", merchantOrderNo);
    out.writeEnd();
  }
}
