package io.ecrhub.protocol.codec;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Objects;

/**
 * The common fields of every message. A request carries {@code timestamp} (milliseconds since the
 * epoch, as a string) and no response fields; a response carries {@code response_code} and {@code
 * response_msg}. {@code request_id} and {@code version} are optional: the seed's envelope has no
 * request id, the vendor's sister product echoes one, and this SDK works either way. A {@code null}
 * component is left out of the frame.
 *
 * @param topic {@code topic}: what the message is about, e.g. {@code ecrhub.pay.order}; not null
 * @param appId {@code app_id}: the payment app id registered in the PayCloud gateway
 * @param timestamp {@code timestamp}: milliseconds since the epoch, as a decimal string; requests
 *     only
 * @param requestId {@code request_id}: the request's own id, echoed by a terminal that supports it
 * @param version {@code version}, e.g. {@code "1.0"}, for terminals that ask for it
 * @param responseCode {@code response_code}: the terminal's result code; responses only
 * @param responseMsg {@code response_msg}: the terminal's words on the result; responses only
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

  /**
   * Checks that the topic is there.
   *
   * @param topic the topic; not null
   * @param appId the app id, or null
   * @param timestamp epoch milliseconds as text, or null
   * @param requestId the request id, or null
   * @param version the version, or null
   * @param responseCode the response code, or null
   * @param responseMsg the response message, or null
   * @param bizData the {@code biz_data}, or null
   * @param deviceData the {@code device_data}, or null
   */
  public Envelope {
    Objects.requireNonNull(topic, "topic");
  }

  /**
   * A request from the POS, without {@code version} or {@code device_data}.
   *
   * @param topic the topic's wire name; not null
   * @param appId the payment app id
   * @param timestampMillis milliseconds since the epoch
   * @param requestId the request's id; null to send none
   * @param bizData the topic's payload; null to send none
   * @return the envelope
   */
  public static Envelope request(
      String topic, String appId, long timestampMillis, String requestId, Object bizData) {
    return new Envelope(
        topic, appId, Long.toString(timestampMillis), requestId, null, null, null, bizData, null);
  }

  /**
   * A response from the terminal, without {@code timestamp}.
   *
   * @param topic the topic of the request answered; not null
   * @param appId the app id of the request answered
   * @param requestId the request id to echo; null when the request had none
   * @param responseCode the result code, e.g. {@code "000"}
   * @param responseMsg the result in words
   * @param bizData the topic's payload; null to send none
   * @return the envelope
   */
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

  /**
   * This envelope with {@code version}, e.g. {@code "1.0"}; {@code null} leaves it out.
   *
   * @param value the version, or null
   * @return a copy; this one is unchanged
   */
  public Envelope withVersion(String value) {
    return new Envelope(
        topic, appId, timestamp, requestId, value, responseCode, responseMsg, bizData, deviceData);
  }

  /**
   * This envelope with {@code device_data}; {@code null} leaves it out.
   *
   * @param value a record JSON-B binds, or a map; or null
   * @return a copy; this one is unchanged
   */
  public Envelope withDeviceData(Object value) {
    return new Envelope(
        topic, appId, timestamp, requestId, version, responseCode, responseMsg, bizData, value);
  }
}
