package io.ecrhub.protocol.codec;

import jakarta.json.stream.JsonGenerator;

/**
 * A {@code biz_data} or {@code device_data} that writes itself as JSON-P events, so that encoding
 * it needs neither reflection nor the JSON-B runtime. JSON-B writes it the same way through {@link
 * WirePayloadSerializer}; any other payload (a map, a record of a vendor topic) is written by
 * JSON-B.
 */
public interface WirePayload {

  /**
   * Writes this payload as one JSON object, exactly as JSON-B with the codec's settings would:
   * snake_case names, the record's order, {@code null} components left out.
   *
   * @param out positioned where the object's value goes (after its key, or at the top level)
   */
  void writeJson(JsonGenerator out);
}
