package io.ecrhub.protocol.codec;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Why a frame could not be understood, with a truncated copy of the frame for the log. A failure is
 * a value, never an exception thrown into a transport thread: the connection keeps working.
 *
 * @param reason what kind of problem, for code to decide on (a too-large frame closes the
 *     connection with 1009, anything else is answered or skipped)
 * @param detail a sentence naming the field and what is wrong with it
 * @param excerpt the start of the frame, control characters escaped
 * @param topic the topic the frame named, when it could be read, so that an answer can name it
 */
public record DecodeFailure(Reason reason, String detail, String excerpt, Option<String> topic) {

  /** Characters of the frame kept in {@link #excerpt()}. */
  public static final int EXCERPT_CHARS = 200;

  /** The kinds of undecodable frame. */
  public enum Reason {
    /** Longer than the codec's frame limit; a terminal closes the connection with 1009. */
    TOO_LARGE,
    /** Bytes that are not UTF-8, or text holding a lone UTF-16 surrogate. */
    NOT_UTF8,
    /** Not JSON at all, or JSON followed by more than blanks. */
    NOT_JSON,
    /** Valid JSON whose top level is not an object. */
    NOT_AN_OBJECT,
    /** An object names the same key twice. */
    DUPLICATE_KEY,
    /** Objects and arrays nest too deep. */
    TOO_DEEP,
    /** No {@code topic}, or a blank one. */
    MISSING_TOPIC,
    /** A {@code topic} the codec's registry does not know. */
    UNKNOWN_TOPIC,
    /**
     * A topic that needs {@code biz_data} came without it. Reserved: nothing in this module reports
     * it yet; the terminal dispatcher answers such a request {@code 202} by itself.
     */
    MISSING_BIZ_DATA,
    /** A field holds a value of a type no forgiving reading accepts. */
    WRONG_TYPE
  }

  /**
   * Checks that no component is null.
   *
   * @param reason what kind of problem
   * @param detail a sentence naming the field and what is wrong with it
   * @param excerpt the start of the frame, safe to log
   * @param topic the topic the frame named, or empty
   */
  public DecodeFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(topic, "topic");
  }

  static DecodeFailure of(Reason reason, String detail, String frame) {
    return new DecodeFailure(reason, detail, excerptOf(frame), Option.none());
  }

  /**
   * A field of an understood envelope holds a value no forgiving reading can use, e.g. an object
   * where {@code biz_data.order_amount} belongs.
   *
   * @param wrongType what the topic's decoder found
   * @param message the message whose {@code biz_data} holds the field
   * @return a {@link Reason#WRONG_TYPE} failure naming the message's topic, its excerpt taken from
   *     the {@code biz_data}
   */
  public static DecodeFailure wrongType(WireTypeException wrongType, InboundMessage message) {
    return new DecodeFailure(
        Reason.WRONG_TYPE,
        wrongType.getMessage(),
        excerptOf(message.biz().toJson()),
        Option.some(message.topic().name()));
  }

  DecodeFailure withTopic(String name) {
    return new DecodeFailure(reason, detail, excerpt, Option.some(name));
  }

  /**
   * The start of a frame, safe to log: control characters escaped so that a hostile frame cannot
   * forge log lines, and cut after {@value #EXCERPT_CHARS} characters.
   *
   * @param frame the frame's text; null gives an empty excerpt
   * @return the excerpt, followed by the frame's length when it was cut
   */
  public static String excerptOf(String frame) {
    if (frame == null) {
      return "";
    }
    int end = Math.min(frame.length(), EXCERPT_CHARS);
    StringBuilder excerpt = new StringBuilder(end + 32);
    for (int i = 0; i < end; i++) {
      char c = frame.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        excerpt.append(String.format("\\u%04x", (int) c));
      } else {
        excerpt.append(c);
      }
    }
    if (frame.length() > end) {
      excerpt.append("… (").append(frame.length()).append(" characters)");
    }
    return excerpt.toString();
  }

  @Override
  public String toString() {
    return reason + ": " + detail + " [frame: " + excerpt + "]";
  }
}
