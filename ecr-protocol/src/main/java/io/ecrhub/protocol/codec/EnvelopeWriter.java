package io.ecrhub.protocol.codec;

import jakarta.json.stream.JsonGenerator;

/**
 * Writes an {@link Envelope} whose payloads are {@link WirePayload}s, field by field, in the order
 * and with the names that JSON-B gives the record.
 */
final class EnvelopeWriter {

  private EnvelopeWriter() {}

  /** Whether both payloads write themselves (or are absent), so that no JSON-B is needed. */
  static boolean writesItself(Envelope envelope) {
    return writesItself(envelope.bizData()) && writesItself(envelope.deviceData());
  }

  static void write(Envelope envelope, JsonGenerator out) {
    out.writeStartObject();
    text(out, "topic", envelope.topic());
    text(out, "app_id", envelope.appId());
    text(out, "timestamp", envelope.timestamp());
    text(out, "request_id", envelope.requestId());
    text(out, "version", envelope.version());
    text(out, "response_code", envelope.responseCode());
    text(out, "response_msg", envelope.responseMsg());
    payload(out, "biz_data", envelope.bizData());
    payload(out, "device_data", envelope.deviceData());
    out.writeEnd();
  }

  private static boolean writesItself(Object payload) {
    return payload == null || payload instanceof WirePayload;
  }

  private static void text(JsonGenerator out, String name, String value) {
    if (value != null) {
      out.write(name, value);
    }
  }

  private static void payload(JsonGenerator out, String name, Object payload) {
    if (payload != null) {
      out.writeKey(name);
      ((WirePayload) payload).writeJson(out);
    }
  }
}
