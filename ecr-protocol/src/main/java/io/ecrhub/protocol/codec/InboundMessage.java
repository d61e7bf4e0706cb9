package io.ecrhub.protocol.codec;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.protocol.topic.Topic;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A frame the codec understood at the envelope level: a known topic, the common fields, and the
 * {@code biz_data} still as a forgiving {@link WireObject} for the topic's own decoder.
 *
 * @param responseCode present on responses only; a message without it is a request
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

  public boolean isResponse() {
    return responseCode.isDefined();
  }

  /** The {@code biz_data}, or an empty object when there was none. */
  public WireObject biz() {
    return bizData.getOrElse(WireObject.empty());
  }

  /** The {@code device_data}, or an empty object when there was none. */
  public WireObject device() {
    return deviceData.getOrElse(WireObject.empty());
  }

  /** This message with another {@code biz_data}: a terminal's reading of what the POS meant. */
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
