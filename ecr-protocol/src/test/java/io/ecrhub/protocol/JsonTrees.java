package io.ecrhub.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/** Parses JSON text into JSON-P trees, so that tests compare messages as objects, not strings. */
public final class JsonTrees {

  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonTrees() {}

  public static JsonValue parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  public static JsonObject object(String json) {
    return parse(json).asJsonObject();
  }
}
