package io.ecrhub.protocol.codec;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Objects;

/**
 * The common fields of every message. A request carries {@code timestamp} (milliseconds since the
 * epoch, as a string) and no response fields; a response carries {@code response_code} and {@code
 * response_msg}. {@code request_id} and {@code version} are optional: the seed's envelope has no
 * request id, the vendor's sister product echoes one, and this SDK works either way.
 *
 * @param bizData what the topic carries (a record JSON-B binds, or a map); {@code null} for a
 *     heartbeat
 */
@JsonbPropertyOrder({
  "topic",
  "appId",
  "timestamp",
  "requestId",
  "version",
  "responseCode",
  "responseMsg",
  "bizData"
})
public record Envelope(
    String topic,
    String appId,
    String timestamp,
    String requestId,
    String version,
    String responseCode,
    String responseMsg,
    Object bizData) {

  public Envelope {
    Objects.requireNonNull(topic, "topic");
  }

  /** A request from the POS. */
  public static Envelope request(
      String topic, String appId, long timestampMillis, String requestId, Object bizData) {
    return new Envelope(
        topic, appId, Long.toString(timestampMillis), requestId, null, null, null, bizData);
  }

  /** A response from the terminal. */
  public static Envelope response(
      String topic,
      String appId,
      String requestId,
      String responseCode,
      String responseMsg,
      Object bizData) {
    return new Envelope(topic, appId, null, requestId, null, responseCode, responseMsg, bizData);
  }
}
