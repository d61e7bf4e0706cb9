package io.ecrhub.protocol.wire;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.math.BigDecimal;

/**
 * Writes a decimal as a JSON string with its exact scale: {@code 34.50} stays {@code "34.50"}.
 * JSON-B's own {@code @JsonbNumberFormat} goes through {@code java.text.NumberFormat} and a double
 * on the way back, which drops the scale and rounds large amounts; money must never pass through a
 * double.
 */
public final class ExactDecimalAdapter implements JsonbAdapter<BigDecimal, String> {

  @Override
  public String adaptToJson(BigDecimal value) {
    return value.toPlainString();
  }

  @Override
  public BigDecimal adaptFromJson(String text) {
    return new BigDecimal(text);
  }
}
