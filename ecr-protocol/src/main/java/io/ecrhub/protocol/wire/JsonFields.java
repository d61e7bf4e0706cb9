package io.ecrhub.protocol.wire;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * Writes one field of a payload, or nothing when the value is null: an absent field is left out of
 * the frame, never written as {@code null}.
 */
final class JsonFields {

  private JsonFields() {}

  static void text(JsonGenerator out, String name, String value) {
    if (value != null) {
      out.write(name, value);
    }
  }

  /** A decimal as a string with its exact scale, as {@link ExactDecimalAdapter} writes it. */
  static void decimal(JsonGenerator out, String name, BigDecimal value) {
    if (value != null) {
      out.write(name, value.toPlainString());
    }
  }

  static void number(JsonGenerator out, String name, Integer value) {
    if (value != null) {
      out.write(name, value.intValue());
    }
  }

  static void bool(JsonGenerator out, String name, Boolean value) {
    if (value != null) {
      out.write(name, value.booleanValue());
    }
  }
}
