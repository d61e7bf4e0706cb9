package io.ecrhub.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * One answer frame of the terminal, read with plain JSON-P rather than the protocol's codec, so
 * that the test sees exactly what went on the wire — also answers the codec would not accept, such
 * as the dispatcher's {@code 202} to a frame without a topic.
 */
record Answer(String frame, JsonObject json) {

  private static final JsonProvider JSON = JsonProvider.provider();

  static Answer of(String frame) {
    try (var reader = JSON.createReader(new StringReader(frame))) {
      return new Answer(frame, reader.readObject());
    } catch (RuntimeException notJson) {
      throw new AssertionError("the terminal sent a frame that is not a JSON object: " + frame);
    }
  }

  String topic() {
    return text(json, "topic");
  }

  /** {@code response_code}; fails when the frame is not a response. */
  String code() {
    String code = text(json, "response_code");
    if (code == null) {
      throw new AssertionError("not a response: " + frame);
    }
    return code;
  }

  String responseMsg() {
    String message = text(json, "response_msg");
    return message == null ? "" : message;
  }

  String requestId() {
    return text(json, "request_id");
  }

  /** The {@code biz_data} object, empty when absent. */
  JsonObject biz() {
    JsonValue biz = json.get("biz_data");
    return biz instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  /** A {@code biz_data} field as text (a string's content, a number's digits), null when absent. */
  String biz(String field) {
    return text(biz(), field);
  }

  String status() {
    return biz("trans_status");
  }

  private static String text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  @Override
  public String toString() {
    return frame;
  }
}
