package io.ecrhub.protocol.topic;

import java.util.Objects;

/**
 * A topic a vendor adds, with the records its {@code biz_data} binds to in each direction. Both
 * records are read and written by JSON-B with the codec's settings ({@code snake_case} names,
 * absent fields left out), so a new topic needs no code in this module:
 *
 * <pre>{@code
 * record PairRequest(String macAddress, String deviceName) {}
 * record PairResponse(String deviceName) {}
 * TopicRegistry topics = TopicRegistry.standard()
 *     .with(new CustomTopic<>(new Topic("ecrhub.pair"), PairRequest.class, PairResponse.class));
 * }</pre>
 *
 * @param <Q> the request's business data
 * @param <R> the response's business data
 */
public record CustomTopic<Q, R>(Topic topic, Class<Q> requestType, Class<R> responseType) {

  public CustomTopic {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(responseType, "responseType");
  }
}
