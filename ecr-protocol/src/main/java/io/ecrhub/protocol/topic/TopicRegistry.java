package io.ecrhub.protocol.topic;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The topics a codec understands: the seed's four, plus any a vendor registers. A frame whose topic
 * is not here is a decode failure, not a crash; a vendor topic reaches the terminal handler's
 * {@code custom} method with its {@code biz_data} as sent. Immutable: {@link #with} returns a new
 * registry, so a registry can be shared between threads and codecs freely.
 *
 * <pre>{@code
 * TopicRegistry topics = TopicRegistry.standard().with(new Topic("ecrhub.pair"));
 * }</pre>
 */
public final class TopicRegistry {

  private static final TopicRegistry STANDARD =
      new TopicRegistry(Map.of())
          .with(Topic.PAY_ORDER)
          .with(Topic.PAY_QUERY)
          .with(Topic.PAY_CLOSE)
          .with(Topic.HEARTBEAT);

  private static final TopicRegistry VENDOR =
      STANDARD.with(Topic.PAY_INIT).with(Topic.PAIR).with(Topic.UNPAIR);

  /**
   * By name, in registration order; never changed once made. A plain map, not Vavr's: every frame
   * looks its topic up here, and building Vavr's map was a measurable part of a fresh JVM's first
   * payment.
   */
  private final Map<String, Topic> topics;

  private TopicRegistry(Map<String, Topic> topics) {
    this.topics = topics;
  }

  /**
   * {@code ecrhub.pay.order}, {@code ecrhub.pay.query}, {@code ecrhub.pay.close}, {@code
   * ecrhub.heartbeat}.
   *
   * @return the seed's registry
   */
  public static TopicRegistry standard() {
    return STANDARD;
  }

  /**
   * The seed's topics and the vendor's own that its terminals and SDKs use around them: {@code
   * ecrhub.pay.init}, {@code ecrhub.pair} and {@code ecrhub.unpair}, registered with {@link #with}.
   *
   * @return the vendor's registry; its three topics are {@linkplain #isCustom custom}
   */
  public static TopicRegistry vendor() {
    return VENDOR;
  }

  /**
   * This registry and one more topic; a name already registered is refused.
   *
   * @param topic the topic to add
   * @return a new registry; this one is unchanged
   * @throws IllegalArgumentException when a topic of that name is already registered
   */
  public TopicRegistry with(Topic topic) {
    Objects.requireNonNull(topic, "topic");
    if (topics.containsKey(topic.name())) {
      throw new IllegalArgumentException("topic " + topic + " is already registered");
    }
    Map<String, Topic> more = new LinkedHashMap<>(topics);
    more.put(topic.name(), topic);
    return new TopicRegistry(Collections.unmodifiableMap(more));
  }

  /**
   * The registered topic of a wire name.
   *
   * @param name the {@code topic} of a frame, matched exactly
   * @return the topic, or none when it is not registered
   */
  public Option<Topic> find(String name) {
    return Option.of(topics.get(name));
  }

  /**
   * Whether {@code topic} is a vendor's own, registered with {@link #with}.
   *
   * @param topic any topic
   * @return true when it is registered here and is not one of the seed's four
   */
  public boolean isCustom(Topic topic) {
    return topics.containsKey(topic.name()) && !STANDARD.topics.containsKey(topic.name());
  }

  /**
   * Every topic name, for error messages.
   *
   * @return the names in registration order, separated by {@code ", "}
   */
  public String names() {
    return String.join(", ", topics.keySet());
  }
}
