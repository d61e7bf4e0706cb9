package io.ecrhub.protocol.codec;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * A JSON value as it was read from a frame, kept close to its text so that decoding can be
 * forgiving (a number where a string was expected keeps its exact digits) and fields no table names
 * can be kept and written back unchanged.
 */
public sealed interface WireValue {

  /**
   * The value written back as JSON text.
   *
   * @return compact JSON; a number keeps its original digits
   */
  String toJson();

  /**
   * A short name of the value's JSON type for messages: "a string", "an object".
   *
   * @return the type's name with its article
   */
  String describe();

  /** The JSON types a scalar may have. */
  enum ScalarKind {
    /** A JSON string. */
    STRING,
    /** A JSON number, of any size and precision. */
    NUMBER,
    /** The literal {@code true}. */
    TRUE,
    /** The literal {@code false}. */
    FALSE,
    /** The literal {@code null}; accessors of {@link WireObject} read it as absent. */
    NULL
  }

  /**
   * A string, number, boolean or null, with its text as written: the exact digits of a number, the
   * unescaped content of a string.
   *
   * @param kind the JSON type
   * @param text the number's digits, the string's content, or {@code true}, {@code false}, {@code
   *     null}
   */
  record Scalar(ScalarKind kind, String text) implements WireValue {
    /** The literal {@code true}, shared: scalars are immutable. */
    public static final Scalar TRUE = new Scalar(ScalarKind.TRUE, "true");

    /** The literal {@code false}, shared. */
    public static final Scalar FALSE = new Scalar(ScalarKind.FALSE, "false");

    /** The literal {@code null}, shared. */
    public static final Scalar NULL = new Scalar(ScalarKind.NULL, "null");

    /**
     * Checks that neither component is null.
     *
     * @param kind the JSON type
     * @param text the text as written
     */
    public Scalar {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toJson() {
      return kind == ScalarKind.STRING ? JsonText.quote(text) : text;
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case TRUE, FALSE -> "a boolean";
        case NULL -> "null";
      };
    }
  }

  /**
   * A JSON object.
   *
   * @param fields the object's fields
   */
  record ObjectValue(WireObject fields) implements WireValue {
    @Override
    public String toJson() {
      return fields.toJson();
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /**
   * A JSON array.
   *
   * @param items the items in order
   */
  record ArrayValue(List<WireValue> items) implements WireValue {
    @Override
    public String toJson() {
      return items.map(WireValue::toJson).mkString("[", ",", "]");
    }

    @Override
    public String describe() {
      return "an array";
    }
  }
}
