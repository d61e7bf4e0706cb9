package io.ecrhub.protocol.codec;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.topic.TopicRegistry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place where the wire format lives: turns envelopes into frames and frames into {@link
 * InboundMessage}s. Exact on the way out, forgiving on the way in, and never throwing on the way
 * in: every frame that cannot be understood becomes a {@link DecodeFailure}.
 *
 * <p>The seed's messages never touch the JSON-B runtime: frames are read straight from JSON-P
 * events and the payloads of the seed's topics ({@link WirePayload}s) write themselves, so a fresh
 * JVM's first payment does not wait for JSON-B to reflect over records, and no frame pays for it
 * afterwards. JSON-B (Yasson) is built on first use, for the payloads that are no {@link
 * WirePayload} and for {@link #bind}. A codec is immutable and safe to share between threads and
 * connections.
 */
public final class ProtocolCodec {

  /** The default frame size limit: 64 KiB of characters, far above any message of the seed. */
  public static final int DEFAULT_MAX_FRAME_CHARS = 64 * 1024;

  /** Parsson's " at (line no=1, column no=42, offset=41)" suffix. */
  private static final Pattern PARSER_LOCATION =
      Pattern.compile("\\s*at \\(line no=-?\\d+, column no=-?\\d+, offset=-?\\d+\\)");

  /** JSON-P's factories, looked up once: {@code jakarta.json.Json}'s methods look up per call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final JsonParserFactory PARSERS = JSON.createParserFactory(java.util.Map.of());
  private static final JsonGeneratorFactory GENERATORS =
      JSON.createGeneratorFactory(java.util.Map.of());

  private static final ProtocolCodec STANDARD =
      new ProtocolCodec(TopicRegistry.standard(), DEFAULT_MAX_FRAME_CHARS);

  private final TopicRegistry topics;
  private final int maxFrameChars;

  /**
   * A codec that knows {@code topics} and refuses longer frames.
   *
   * @param topics the topics a frame may name; any other is {@link
   *     DecodeFailure.Reason#UNKNOWN_TOPIC}
   * @param maxFrameChars the longest frame decoded, in UTF-16 characters; positive
   * @throws IllegalArgumentException when {@code maxFrameChars} is not positive
   */
  public ProtocolCodec(TopicRegistry topics, int maxFrameChars) {
    this.topics = Objects.requireNonNull(topics, "topics");
    if (maxFrameChars < 1) {
      throw new IllegalArgumentException("maxFrameChars must be positive, got " + maxFrameChars);
    }
    this.maxFrameChars = maxFrameChars;
  }

  /**
   * The seed's topics and the default 64 KiB limit.
   *
   * @return the shared standard codec
   */
  public static ProtocolCodec standard() {
    return STANDARD;
  }

  /**
   * The topics this codec decodes.
   *
   * @return the registry given at construction
   */
  public TopicRegistry topics() {
    return topics;
  }

  /**
   * The frame size limit.
   *
   * @return the longest frame decoded, in UTF-16 characters
   */
  public int maxFrameChars() {
    return maxFrameChars;
  }

  /**
   * Writes one message as a frame, with snake_case field names and null fields left out. The frame
   * size limit applies to decoding only.
   *
   * @param envelope the message
   * @return the JSON text of the frame
   * @throws jakarta.json.bind.JsonbException when the {@code biz_data} or {@code device_data}
   *     cannot be serialized
   */
  public String encode(Envelope envelope) {
    if (!EnvelopeWriter.writesItself(envelope)) {
      return LazyJsonb.INSTANCE.toJson(envelope);
    }
    StringWriter frame = new StringWriter(256);
    try (JsonGenerator out = GENERATORS.createGenerator(frame)) {
      EnvelopeWriter.write(envelope, out);
    }
    return frame.toString();
  }

  /**
   * Reads a frame that arrived as bytes, refusing anything that is not valid UTF-8. Never throws.
   *
   * @param utf8 the frame's bytes; not null
   * @return the message, or why it could not be read ({@link DecodeFailure.Reason#NOT_UTF8} for bad
   *     bytes)
   */
  public Either<DecodeFailure, InboundMessage> decode(byte[] utf8) {
    String frame;
    try {
      frame =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return Either.left(
          DecodeFailure.of(
              DecodeFailure.Reason.NOT_UTF8,
              "the frame is not valid UTF-8",
              new String(utf8, StandardCharsets.ISO_8859_1)));
    }
    return decode(frame);
  }

  /**
   * Reads a text frame. Never throws: a frame that cannot be understood is a failure value.
   *
   * @param frame the frame's text; null reads as {@link DecodeFailure.Reason#NOT_JSON}
   * @return the message, or why it could not be read
   */
  public Either<DecodeFailure, InboundMessage> decode(String frame) {
    if (frame == null) {
      return Either.left(DecodeFailure.of(DecodeFailure.Reason.NOT_JSON, "no frame", ""));
    }
    if (frame.length() > maxFrameChars) {
      return Either.left(
          DecodeFailure.of(
              DecodeFailure.Reason.TOO_LARGE,
              "the frame has "
                  + frame.length()
                  + " characters, more than the limit of "
                  + maxFrameChars,
              frame));
    }
    if (hasLoneSurrogate(frame)) {
      return Either.left(
          DecodeFailure.of(
              DecodeFailure.Reason.NOT_UTF8,
              "the frame holds a broken character (a lone UTF-16 surrogate)",
              frame));
    }
    try (JsonParser parser = PARSERS.createParser(new StringReader(frame))) {
      if (!parser.hasNext()) {
        return Either.left(
            DecodeFailure.of(DecodeFailure.Reason.NOT_JSON, "the frame is empty", frame));
      }
      WireDocument document = WireDocumentDeserializer.read(parser, parser.next());
      if (document.endOffset() >= 0
          && document.endOffset() < frame.length()
          && !frame.substring((int) document.endOffset()).isBlank()) {
        return Either.left(
            DecodeFailure.of(
                DecodeFailure.Reason.NOT_JSON,
                "a frame must be one JSON object, with nothing after it",
                frame));
      }
      return envelope(document.root(), frame);
    } catch (FrameDecodeException structural) {
      return Either.left(DecodeFailure.of(structural.reason(), structural.getMessage(), frame));
    } catch (WireTypeException wrongType) {
      return Either.left(
          DecodeFailure.of(DecodeFailure.Reason.WRONG_TYPE, wrongType.getMessage(), frame));
    } catch (JsonbException | jakarta.json.JsonException | IllegalStateException notJson) {
      return Either.left(structuralOrNotJson(notJson, frame));
    } catch (RuntimeException unexpected) {
      // Whatever the JSON stack throws on input nobody foresaw, it must not reach a transport
      // thread: the connection has to keep working.
      return Either.left(
          DecodeFailure.of(
              DecodeFailure.Reason.NOT_JSON,
              "the frame could not be read: " + unexpected.getClass().getSimpleName(),
              frame));
    }
  }

  /**
   * Binds a {@code biz_data} object to a vendor topic's record with the codec's JSON-B settings.
   *
   * @param <T> the record type
   * @param biz the object to bind, typically {@link InboundMessage#biz()}
   * @param type the record's class
   * @return a new instance of {@code type}
   * @throws WireTypeException when the object does not fit the record
   */
  public <T> T bind(WireObject biz, Class<T> type) {
    try {
      return LazyJsonb.INSTANCE.fromJson(biz.toJson(), type);
    } catch (JsonbException mismatch) {
      throw new WireTypeException(
          biz.path().isEmpty() ? "biz_data" : biz.path(),
          "does not fit " + type.getSimpleName() + ": " + mismatch.getMessage());
    }
  }

  /**
   * The top-level object of a frame that may not decode as a message (an unknown topic, a field of
   * the wrong type), for an answer that still names its {@code request_id} and {@code app_id};
   * empty when the frame is not one JSON object within the size limit. Never throws.
   *
   * @param frame the frame's text; may be null
   * @return the top-level object, or empty when it cannot be read
   */
  public Option<WireObject> readObject(String frame) {
    if (frame == null || frame.length() > maxFrameChars || hasLoneSurrogate(frame)) {
      return Option.none();
    }
    try (JsonParser parser = PARSERS.createParser(new StringReader(frame))) {
      return Option.of(WireDocumentDeserializer.read(parser, parser.next()).root());
    } catch (RuntimeException unreadable) {
      return Option.none();
    }
  }

  private Either<DecodeFailure, InboundMessage> envelope(WireObject root, String frame) {
    Option<String> topicName = root.text("topic");
    if (topicName.isEmpty() || topicName.get().isBlank()) {
      return Either.left(
          DecodeFailure.of(DecodeFailure.Reason.MISSING_TOPIC, "the frame has no topic", frame));
    }
    Option<Topic> topic = topics.find(topicName.get());
    if (topic.isEmpty()) {
      return Either.left(
          DecodeFailure.of(
                  DecodeFailure.Reason.UNKNOWN_TOPIC,
                  "the topic " + Checks.quote(topicName.get()) + " is not one of " + topics.names(),
                  frame)
              .withTopic(topicName.get()));
    }
    Option<WireObject> biz;
    Option<WireObject> device;
    try {
      // nested in the top-level object, they already carry their paths: biz_data, device_data
      biz = root.object("biz_data");
      device = root.object("device_data");
    } catch (WireTypeException wrongType) {
      return Either.left(
          DecodeFailure.of(DecodeFailure.Reason.WRONG_TYPE, wrongType.getMessage(), frame)
              .withTopic(topicName.get()));
    }
    return Either.right(
        new InboundMessage(
            topic.get(),
            root.text("app_id"),
            root.text("timestamp"),
            root.text("request_id"),
            root.text("version"),
            root.text("response_code").map(ResponseCode::of),
            root.text("response_msg"),
            biz,
            device));
  }

  private static DecodeFailure structuralOrNotJson(RuntimeException failure, String frame) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FrameDecodeException structural) {
        return DecodeFailure.of(structural.reason(), structural.getMessage(), frame);
      }
      if (cause instanceof WireTypeException wrongType) {
        return DecodeFailure.of(DecodeFailure.Reason.WRONG_TYPE, wrongType.getMessage(), frame);
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return DecodeFailure.of(
        DecodeFailure.Reason.NOT_JSON, "the frame is not valid JSON: " + parserSays(root), frame);
  }

  /**
   * What the JSON parser said, without the location it gives: Parsson reuses its read buffers
   * across parses, and after an earlier frame enlarged one it reports locations past the end of the
   * frame (column 12,220 of a 9,962-character frame, found by the fuzz suite). A decode failure
   * must depend on the frame alone, so the location is left out rather than passed on wrong.
   */
  private static String parserSays(Throwable root) {
    String message = root.getMessage();
    if (message == null || message.isBlank()) {
      // the JIT throws some implicit exceptions without a message once they are hot
      return root.getClass().getSimpleName();
    }
    return PARSER_LOCATION.matcher(message).replaceAll("");
  }

  /**
   * Whether the frame holds a UTF-16 surrogate without its partner. It reads every character of
   * every frame, so it is written for the interpreter a fresh JVM runs it in: one copy into an
   * array (an intrinsic) and one range check per character, no method call per character.
   */
  private static boolean hasLoneSurrogate(String frame) {
    char[] chars = frame.toCharArray();
    if (!anySurrogate(chars)) {
      return false;
    }
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (c > Character.MAX_HIGH_SURROGATE
            || i + 1 == chars.length
            || !Character.isLowSurrogate(chars[i + 1])) {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  /**
   * Whether any character is a surrogate, paired or not: a loop without early exit or skipping,
   * which the JIT unrolls, for the frames (nearly all) that hold none.
   */
  private static boolean anySurrogate(char[] chars) {
    int surrogateBits = 0;
    for (char c : chars) {
      surrogateBits |= (c & 0xF800) == 0xD800 ? 1 : 0;
    }
    return surrogateBits != 0;
  }
}
