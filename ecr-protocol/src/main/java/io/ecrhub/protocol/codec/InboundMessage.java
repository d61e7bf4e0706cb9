package io.ecrhub.protocol.codec;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.protocol.topic.Topic;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A frame the codec understood at the envelope level: a known topic, the common fields, and the
 * {@code biz_data} still as a forgiving {@link WireObject} for the topic's own decoder.
 *
 * @param topic the {@code topic}, one the codec's registry knows
 * @param appId the {@code app_id}, when sent
 * @param timestamp the {@code timestamp} as sent (epoch milliseconds as text, usually), when sent
 * @param requestId the {@code request_id}, when sent or echoed
 * @param version the {@code version}, when sent
 * @param responseCode present on responses only; a message without it is a request
 * @param responseMsg the {@code response_msg}, when sent
 * @param bizData absent when the frame had no {@code biz_data} (a heartbeat)
 * @param deviceData the {@code device_data} object of the vendor's pairing topics, absent elsewhere
 */
public record InboundMessage(
    Topic topic,
    Option<String> appId,
    Option<String> timestamp,
    Option<String> requestId,
    Option<String> version,
    Option<ResponseCode> responseCode,
    Option<String> responseMsg,
    Option<WireObject> bizData,
    Option<WireObject> deviceData) {

  /**
   * Checks that no component is null; absent fields are {@link Option#none()}.
   *
   * @param topic the topic
   * @param appId the {@code app_id}
   * @param timestamp the {@code timestamp}
   * @param requestId the {@code request_id}
   * @param version the {@code version}
   * @param responseCode the {@code response_code}
   * @param responseMsg the {@code response_msg}
   * @param bizData the {@code biz_data}
   * @param deviceData the {@code device_data}
   */
  public InboundMessage {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(responseCode, "responseCode");
    Objects.requireNonNull(responseMsg, "responseMsg");
    Objects.requireNonNull(bizData, "bizData");
    Objects.requireNonNull(deviceData, "deviceData");
  }

  /**
   * Whether this is a response rather than a request.
   *
   * @return true when the message carries a {@code response_code}
   */
  public boolean isResponse() {
    return responseCode.isDefined();
  }

  /**
   * The {@code biz_data}, or an empty object when there was none.
   *
   * @return never null
   */
  public WireObject biz() {
    return bizData.getOrElse(WireObject.empty());
  }

  /**
   * The {@code device_data}, or an empty object when there was none.
   *
   * @return never null
   */
  public WireObject device() {
    return deviceData.getOrElse(WireObject.empty());
  }

  /**
   * This message with another {@code biz_data}: a terminal's reading of what the POS meant.
   *
   * @param value the new {@code biz_data}; null removes it
   * @return a copy; this one is unchanged
   */
  public InboundMessage withBizData(WireObject value) {
    return new InboundMessage(
        topic,
        appId,
        timestamp,
        requestId,
        version,
        responseCode,
        responseMsg,
        Option.of(value),
        deviceData);
  }
}
