package io.ecrhub.protocol.topic;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The topics a codec understands: the seed's four, plus any a vendor registers. A frame whose topic
 * is not here is a decode failure, not a crash. Immutable: {@link #with} returns a new registry, so
 * a registry can be shared between threads and codecs freely.
 */
public final class TopicRegistry {

  private static final TopicRegistry STANDARD =
      new TopicRegistry(
          LinkedHashMap.of(
              Topic.PAY_ORDER.name(), Topic.PAY_ORDER,
              Topic.PAY_QUERY.name(), Topic.PAY_QUERY,
              Topic.PAY_CLOSE.name(), Topic.PAY_CLOSE,
              Topic.HEARTBEAT.name(), Topic.HEARTBEAT),
          LinkedHashMap.empty());

  private final Map<String, Topic> topics;
  private final Map<Topic, CustomTopic<?, ?>> custom;

  private TopicRegistry(Map<String, Topic> topics, Map<Topic, CustomTopic<?, ?>> custom) {
    this.topics = topics;
    this.custom = custom;
  }

  /**
   * {@code ecrhub.pay.order}, {@code ecrhub.pay.query}, {@code ecrhub.pay.close}, {@code
   * ecrhub.heartbeat}.
   */
  public static TopicRegistry standard() {
    return STANDARD;
  }

  /** This registry and one more topic; a name already registered is refused. */
  public TopicRegistry with(CustomTopic<?, ?> topic) {
    Objects.requireNonNull(topic, "topic");
    if (topics.containsKey(topic.topic().name())) {
      throw new IllegalArgumentException("topic " + topic.topic() + " is already registered");
    }
    return new TopicRegistry(
        topics.put(topic.topic().name(), topic.topic()), custom.put(topic.topic(), topic));
  }

  public Option<Topic> find(String name) {
    return topics.get(name);
  }

  /** The record types of a vendor topic; none for the seed's own topics. */
  public Option<CustomTopic<?, ?>> custom(Topic topic) {
    return custom.get(topic);
  }

  /** Every topic name, for error messages. */
  public String names() {
    return topics.keySet().mkString(", ");
  }
}
