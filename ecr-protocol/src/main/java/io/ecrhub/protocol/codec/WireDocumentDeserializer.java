package io.ecrhub.protocol.codec;

import io.vavr.collection.List;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a frame into {@link WireObject}s straight from the JSON-P event stream: no reflection, no
 * tree of the JSON-P API, and the checks that JSON-P does not make — duplicate keys are refused
 * (which of two {@code order_amount}s would the terminal honour?) and nesting deeper than {@value
 * #MAX_DEPTH} is refused long before it could exhaust a stack.
 */
public final class WireDocumentDeserializer implements JsonbDeserializer<WireDocument> {

  /** The seed's messages nest three levels deep ({@code biz_data.forecourt_data[i]}). */
  static final int MAX_DEPTH = 16;

  @Override
  public WireDocument deserialize(JsonParser parser, DeserializationContext context, Type type) {
    return read(parser, parser.currentEvent());
  }

  /**
   * Reads one frame from a JSON-P parser: the codec's own path, which needs no JSON-B runtime, and
   * JSON-B's through {@link #deserialize}.
   *
   * @param parser positioned on {@code first}
   * @param first the frame's first event
   */
  static WireDocument read(JsonParser parser, JsonParser.Event first) {
    if (first != JsonParser.Event.START_OBJECT) {
      throw new FrameDecodeException(
          DecodeFailure.Reason.NOT_AN_OBJECT,
          "a frame must be one JSON object, got " + describe(first));
    }
    WireObject root = readObject(parser, "", 1);
    return new WireDocument(root, parser.getLocation().getStreamOffset());
  }

  private static WireObject readObject(JsonParser parser, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FrameDecodeException(
          DecodeFailure.Reason.TOO_DEEP,
          "the frame nests deeper than " + MAX_DEPTH + " levels at " + displayPath(path));
    }
    // room for a biz_data's twenty-odd fields without growing the table while reading them
    java.util.LinkedHashMap<String, WireValue> fields = new java.util.LinkedHashMap<>(32);
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_OBJECT) {
        return new WireObject(path, fields);
      }
      String name = parser.getString();
      if (fields.containsKey(name)) {
        throw new FrameDecodeException(
            DecodeFailure.Reason.DUPLICATE_KEY,
            "the key " + childPath(path, name) + " appears twice");
      }
      fields.put(name, readField(parser, parser.next(), path, name, depth));
    }
  }

  /**
   * A field's value. The field's path is joined only for what needs it, a nested object or array or
   * an error: scalars are most of a frame.
   */
  private static WireValue readField(
      JsonParser parser, JsonParser.Event event, String objectPath, String name, int depth) {
    WireValue scalar = scalar(parser, event);
    return scalar != null ? scalar : readValue(parser, event, childPath(objectPath, name), depth);
  }

  private static WireValue readValue(
      JsonParser parser, JsonParser.Event event, String path, int depth) {
    WireValue scalar = scalar(parser, event);
    if (scalar != null) {
      return scalar;
    }
    return switch (event) {
      case START_OBJECT -> new WireValue.ObjectValue(readObject(parser, path, depth + 1));
      case START_ARRAY -> new WireValue.ArrayValue(readArray(parser, path, depth + 1));
      default ->
          throw new FrameDecodeException(
              DecodeFailure.Reason.NOT_JSON, "unexpected " + event + " at " + displayPath(path));
    };
  }

  /** The value of a scalar event; null for any other event. */
  private static WireValue scalar(JsonParser parser, JsonParser.Event event) {
    return switch (event) {
      case VALUE_STRING -> new WireValue.Scalar(WireValue.ScalarKind.STRING, parser.getString());
      case VALUE_NUMBER -> new WireValue.Scalar(WireValue.ScalarKind.NUMBER, parser.getString());
      case VALUE_TRUE -> WireValue.Scalar.TRUE;
      case VALUE_FALSE -> WireValue.Scalar.FALSE;
      case VALUE_NULL -> WireValue.Scalar.NULL;
      default -> null;
    };
  }

  private static String childPath(String objectPath, String name) {
    return objectPath.isEmpty() ? name : objectPath + "." + name;
  }

  private static List<WireValue> readArray(JsonParser parser, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FrameDecodeException(
          DecodeFailure.Reason.TOO_DEEP,
          "the frame nests deeper than " + MAX_DEPTH + " levels at " + displayPath(path));
    }
    // A mutable buffer: appending to an immutable list is quadratic, and a 64 KiB frame can hold
    // tens of thousands of array items.
    java.util.List<WireValue> items = new java.util.ArrayList<>();
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_ARRAY) {
        return List.ofAll(items);
      }
      items.add(readValue(parser, event, path + "[" + items.size() + "]", depth));
    }
  }

  private static String describe(JsonParser.Event event) {
    return switch (event) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> String.valueOf(event);
    };
  }

  private static String displayPath(String path) {
    return path.isEmpty() ? "the top level" : path;
  }
}
