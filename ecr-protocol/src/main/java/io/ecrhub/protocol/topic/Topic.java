package io.ecrhub.protocol.topic;

import java.util.Objects;

/**
 * A message topic ({@code topic}): what a message is about. The seed's topics are constants here; a
 * vendor's own topics are values like any other and are made known to the codec through a {@link
 * TopicRegistry}.
 *
 * @param name the wire name, e.g. {@code ecrhub.pay.order}; compared exactly, case included
 */
public record Topic(String name) {

  /** Submit a transaction. */
  public static final Topic PAY_ORDER = new Topic("ecrhub.pay.order");

  /** Query a transaction. */
  public static final Topic PAY_QUERY = new Topic("ecrhub.pay.query");

  /** Close an unpaid transaction. */
  public static final Topic PAY_CLOSE = new Topic("ecrhub.pay.close");

  /** Keep-alive for transports without a ping of their own. */
  public static final Topic HEARTBEAT = new Topic("ecrhub.heartbeat");

  /**
   * The vendor's session start: the terminal answers with the payment methods it takes. Not the
   * seed's: known to codecs built on {@link TopicRegistry#vendor()}.
   */
  public static final Topic PAY_INIT = new Topic("ecrhub.pay.init");

  /**
   * The vendor's pairing of a POS with a terminal; the POS describes itself in {@code device_data}
   * and the terminal answers {@code 000} to accept. Not the seed's.
   */
  public static final Topic PAIR = new Topic("ecrhub.pair");

  /** The vendor's end of a pairing, with the POS's {@code device_data}. Not the seed's. */
  public static final Topic UNPAIR = new Topic("ecrhub.unpair");

  /**
   * Checks the name.
   *
   * @param name the wire name; not blank
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public Topic {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a topic name must not be blank");
    }
  }

  // written out, not generated, like the domain's codes (see io.ecrhub.domain.model): a record's
  // generated equals is bootstrapped on first use, which costs a fresh JVM's first frame ~40 ms
  @Override
  public final boolean equals(Object other) {
    return other instanceof Topic topic && name.equals(topic.name);
  }

  @Override
  public final int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
