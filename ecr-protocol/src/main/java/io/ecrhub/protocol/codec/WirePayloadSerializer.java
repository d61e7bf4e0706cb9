package io.ecrhub.protocol.codec;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Lets JSON-B write a {@link WirePayload} as the payload writes itself, so that the codec's own
 * path and JSON-B's give the same frame. Named by {@code @JsonbTypeSerializer} on each payload.
 */
public final class WirePayloadSerializer implements JsonbSerializer<WirePayload> {

  @Override
  public void serialize(WirePayload payload, JsonGenerator out, SerializationContext context) {
    payload.writeJson(out);
  }
}
