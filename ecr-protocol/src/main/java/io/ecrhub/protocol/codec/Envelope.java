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
 * @param deviceData the vendor's pairing topics describe a device here, beside {@code biz_data}:
 *     the POS in an {@code ecrhub.pair} request, the terminal in its answer; {@code null} elsewhere
 */
@JsonbPropertyOrder({
  "topic",
  "appId",
  "timestamp",
  "requestId",
  "version",
  "responseCode",
  "responseMsg",
  "bizData",
  "deviceData"
})
public record Envelope(
    String topic,
    String appId,
    String timestamp,
    String requestId,
    String version,
    String responseCode,
    String responseMsg,
    Object bizData,
    Object deviceData) {

  public Envelope {
    Objects.requireNonNull(topic, "topic");
  }

  /** A request from the POS. */
  public static Envelope request(
      String topic, String appId, long timestampMillis, String requestId, Object bizData) {
    return new Envelope(
        topic, appId, Long.toString(timestampMillis), requestId, null, null, null, bizData, null);
  }

  /** A response from the terminal. */
  public static Envelope response(
      String topic,
      String appId,
      String requestId,
      String responseCode,
      String responseMsg,
      Object bizData) {
    return new Envelope(
        topic, appId, null, requestId, null, responseCode, responseMsg, bizData, null);
  }

  /** This envelope with {@code version}, e.g. {@code "1.0"}; {@code null} leaves it out. */
  public Envelope withVersion(String value) {
    return new Envelope(
        topic, appId, timestamp, requestId, value, responseCode, responseMsg, bizData, deviceData);
  }

  /** This envelope with {@code device_data}; {@code null} leaves it out. */
  public Envelope withDeviceData(Object value) {
    return new Envelope(
        topic, appId, timestamp, requestId, version, responseCode, responseMsg, bizData, value);
  }
}
