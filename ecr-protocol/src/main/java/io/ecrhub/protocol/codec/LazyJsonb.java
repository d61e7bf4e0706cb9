package io.ecrhub.protocol.codec;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The codec's JSON-B runtime, built on first use (the holder idiom): building it and reflecting
 * over the first records costs a fresh JVM over 100 ms, and the seed's messages never need it.
 */
final class LazyJsonb {

  /** Thread-safe, shared by every codec; snake_case names, null fields left out. */
  static final Jsonb INSTANCE =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

  private LazyJsonb() {}
}
