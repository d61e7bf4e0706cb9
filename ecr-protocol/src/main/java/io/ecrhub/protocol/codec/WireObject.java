package io.ecrhub.protocol.codec;

import io.ecrhub.domain.validation.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * A JSON object read from a frame, with forgiving typed accessors: what real terminals send is
 * accepted (a number where the seed says string, {@code "30"} where it says number, {@code "true"}
 * for a boolean), what cannot be understood throws {@link WireTypeException} naming the field.
 * {@code null} reads as absent. Fields keep their arrival order.
 */
public final class WireObject {

  private static final WireObject EMPTY = new WireObject("", new java.util.LinkedHashMap<>());

  private final String path;

  /**
   * The fields as the reader collected them, never changed afterwards. A plain map rather than
   * Vavr's: a frame's objects are read once and looked up a few times, and building a persistent
   * map field by field cost more than all the rest of decoding a frame.
   */
  private final java.util.LinkedHashMap<String, WireValue> byName;

  /** The Vavr view that {@link #fields()} promises, built on first use: most readers never ask. */
  private Map<String, WireValue> fieldsView;

  /**
   * An object over {@code byName}, which the caller hands over: it must not change it afterwards.
   */
  WireObject(String path, java.util.LinkedHashMap<String, WireValue> byName) {
    this.path = Objects.requireNonNull(path, "path");
    this.byName = Objects.requireNonNull(byName, "byName");
  }

  /**
   * An object without fields.
   *
   * @return the shared empty object, whose path is empty
   */
  public static WireObject empty() {
    return EMPTY;
  }

  /**
   * The path of this object in the frame, e.g. {@code biz_data}.
   *
   * @return the dotted path that error messages name; empty for the top-level object
   */
  public String path() {
    return path;
  }

  /**
   * All fields as they arrived, including those whose value is JSON {@code null}.
   *
   * @return the fields by name, in arrival order; immutable
   */
  public Map<String, WireValue> fields() {
    Map<String, WireValue> view = fieldsView;
    if (view == null) {
      // a benign race: two threads may both build the same immutable view
      view = LinkedHashMap.ofAll(byName);
      fieldsView = view;
    }
    return view;
  }

  /**
   * Whether a field is present with a value other than {@code null}.
   *
   * @param name the field's wire name, e.g. {@code merchant_order_no}
   * @return false when the field is absent or JSON {@code null}
   */
  public boolean has(String name) {
    WireValue value = byName.get(name);
    return value != null && !isNull(value);
  }

  /**
   * A field's raw value.
   *
   * @param name the field's wire name
   * @return the value; empty when the field is absent or JSON {@code null}
   */
  public Option<WireValue> get(String name) {
    WireValue value = byName.get(name);
    return value == null || isNull(value) ? Option.none() : Option.some(value);
  }

  /**
   * A field as text: a string as is, a number with its exact digits, a boolean as {@code
   * true}/{@code false}.
   *
   * @param name the field's wire name
   * @return the text; empty when the field is absent or {@code null}
   * @throws WireTypeException when the field is an object or an array
   */
  public Option<String> text(String name) {
    return get(name)
        .map(
            value -> {
              if (value instanceof WireValue.Scalar scalar) {
                return scalar.text();
              }
              throw new WireTypeException(
                  pathOf(name), "must be a string, got " + value.describe());
            });
  }

  /**
   * A field as a whole number: a JSON number or a string of digits ({@code "30"}), surrounding
   * blanks ignored.
   *
   * @param name the field's wire name
   * @return the number; empty when the field is absent or {@code null}
   * @throws WireTypeException when the field is not a whole number that fits an {@code int} ({@code
   *     30.5} and {@code 3e1} are refused)
   */
  public Option<Integer> integer(String name) {
    return get(name)
        .map(
            value -> {
              if (value instanceof WireValue.Scalar scalar
                  && (scalar.kind() == WireValue.ScalarKind.NUMBER
                      || scalar.kind() == WireValue.ScalarKind.STRING)) {
                try {
                  return Integer.valueOf(scalar.text().strip());
                } catch (NumberFormatException notAnInteger) {
                  throw new WireTypeException(
                      pathOf(name), "must be a whole number, got " + Checks.quote(scalar.text()));
                }
              }
              throw new WireTypeException(
                  pathOf(name), "must be a number, got " + value.describe());
            });
  }

  /**
   * A field as a boolean: {@code true}/{@code false}, or those words as a string in any case.
   *
   * @param name the field's wire name
   * @return the boolean; empty when the field is absent or {@code null}
   * @throws WireTypeException when the field is anything else, {@code 0} and {@code 1} included
   */
  public Option<Boolean> bool(String name) {
    return get(name)
        .map(
            value -> {
              if (value instanceof WireValue.Scalar scalar) {
                switch (scalar.kind()) {
                  case TRUE:
                    return true;
                  case FALSE:
                    return false;
                  case STRING:
                    String word = scalar.text().strip().toLowerCase(Locale.ROOT);
                    if (word.equals("true") || word.equals("false")) {
                      return Boolean.valueOf(word);
                    }
                    break;
                  default:
                    break;
                }
              }
              throw new WireTypeException(
                  pathOf(name), "must be true or false, got " + value.toJson());
            });
  }

  /**
   * A nested object.
   *
   * @param name the field's wire name
   * @return the object, whose {@link #path()} names where it sits; empty when the field is absent
   *     or {@code null}
   * @throws WireTypeException when the field is not an object
   */
  public Option<WireObject> object(String name) {
    return get(name)
        .map(
            value -> {
              if (value instanceof WireValue.ObjectValue object) {
                return object.fields();
              }
              throw new WireTypeException(
                  pathOf(name), "must be an object, got " + value.describe());
            });
  }

  /**
   * An array of objects, such as {@code forecourt_data}.
   *
   * @param name the field's wire name
   * @return the objects in array order; empty when the field is absent or {@code null}
   * @throws WireTypeException when the field is not an array, or an item is not an object
   */
  public Option<Seq<WireObject>> objects(String name) {
    return get(name)
        .map(
            value -> {
              if (!(value instanceof WireValue.ArrayValue array)) {
                throw new WireTypeException(
                    pathOf(name), "must be an array, got " + value.describe());
              }
              return array
                  .items()
                  .zipWithIndex()
                  .map(
                      item -> {
                        if (item._1 instanceof WireValue.ObjectValue object) {
                          return object.fields();
                        }
                        throw new WireTypeException(
                            pathOf(name) + "[" + item._2 + "]",
                            "must be an object, got " + item._1.describe());
                      });
            });
  }

  /**
   * The fields whose names are not in {@code known}, as JSON text, in arrival order: what a decoder
   * keeps so that a newer terminal's extra fields are not lost.
   *
   * @param known the field names the caller understands
   * @return each other field's name and its value written back as JSON ({@code null} fields too)
   */
  public Map<String, String> unknownFields(java.util.Set<String> known) {
    Map<String, String> unknown = LinkedHashMap.empty();
    for (java.util.Map.Entry<String, WireValue> field : byName.entrySet()) {
      if (!known.contains(field.getKey())) {
        unknown = unknown.put(field.getKey(), field.getValue().toJson());
      }
    }
    return unknown;
  }

  /**
   * This object with {@code name} set to the string {@code text}: replaced where it was, added at
   * the end otherwise. For a terminal that fills in what a request left out.
   *
   * @param name the field's wire name; not null
   * @param text the string value; not null
   * @return a new object at the same path; this one is unchanged
   */
  public WireObject with(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    java.util.LinkedHashMap<String, WireValue> copy = new java.util.LinkedHashMap<>(byName);
    copy.put(name, new WireValue.Scalar(WireValue.ScalarKind.STRING, text));
    return new WireObject(path, copy);
  }

  /**
   * The object written back as JSON text.
   *
   * @return compact JSON, fields in arrival order, numbers with their original digits
   */
  public String toJson() {
    StringBuilder json = new StringBuilder().append('{');
    for (java.util.Map.Entry<String, WireValue> field : byName.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(JsonText.quote(field.getKey())).append(':').append(field.getValue().toJson());
    }
    return json.append('}').toString();
  }

  @Override
  public String toString() {
    return toJson();
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static boolean isNull(WireValue value) {
    return value instanceof WireValue.Scalar scalar && scalar.kind() == WireValue.ScalarKind.NULL;
  }
}
