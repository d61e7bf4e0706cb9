package io.ecrhub.it.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to valid frames, for the fuzz suites: each mutant is one to three {@link Kind}s of
 * damage applied one after the other, so that a mutant is sometimes a near miss (a valid frame with
 * one odd value) and sometimes plain junk. Everything depends on the {@link SplittableRandom}
 * given, so a seed repeats a run exactly.
 *
 * <p>Damage that swaps or inflates a value finds the values by a light scan of the JSON text (a
 * {@code "key":} followed by a value); on text an earlier mutation already broke, it damages
 * whatever the scan finds, which is the point.
 */
final class FrameMutator {

  /** The kinds of damage. */
  enum Kind {
    /** The frame cut short anywhere, even inside a surrogate pair. */
    TRUNCATE,
    /** One to four bits flipped in one to four UTF-16 units. */
    BIT_FLIP,
    /** A value replaced by one of another JSON type. */
    TYPE_SWAP,
    /** A value replaced by a huge or extreme number, bare or in quotes. */
    HUGE_NUMBER,
    /** A value replaced by a long string, possibly full of escapes. */
    HUGE_STRING,
    /** A value replaced by arrays or objects nested far too deep. */
    DEEP_NESTING,
    /** A key repeated with another value. */
    DUPLICATE_KEY,
    /** A key and its value removed. */
    DROP_FIELD,
    /** The topic replaced: another topic, an unknown one, an empty one. */
    TOPIC_SWAP,
    /** A request turned into a response or the other way round. */
    RESPONSE_FLIP,
    /** UTF-16 junk inserted: lone surrogates, NUL, BOM, non-characters, controls. */
    UTF16_JUNK,
    /** The whole frame replaced by random characters. */
    RANDOM_JUNK
  }

  /** A damaged frame and the damage done, for tallies and failure messages. */
  record Mutant(String text, List<Kind> kinds) {

    /** The start of the text, escaped, for an assertion message. */
    String excerpt() {
      StringBuilder shown = new StringBuilder();
      text.chars()
          .limit(160)
          .forEach(
              c -> {
                if (c < 0x20 || c > 0x7e) {
                  shown.append(String.format("\\u%04x", c));
                } else {
                  shown.append((char) c);
                }
              });
      return kinds + " " + shown + (text.length() > 160 ? "…(" + text.length() + " chars)" : "");
    }
  }

  private static final Pattern KEY = Pattern.compile("\"([^\"\\\\]{1,40})\"\\s*:");

  private static final String[] OTHER_TYPES = {
    "0",
    "-1",
    "1.5e3",
    "true",
    "false",
    "null",
    "{}",
    "[]",
    "[1,\"2\",null]",
    "{\"a\":\"b\"}",
    "\"\"",
    "\"text\"",
    "\"2\"",
    "{\"merchant_order_no\":\"X\"}",
    "[[\"000\"]]"
  };

  private static final String[] TOPICS = {
    "ecrhub.pay.order",
    "ecrhub.pay.query",
    "ecrhub.pay.close",
    "ecrhub.heartbeat",
    "ecrhub.pay.refund",
    "",
    " ",
    "ECRHUB.PAY.ORDER",
    "pay.order",
    "ecrhub.pay.order\\u0000"
  };

  private static final char[] JSON_NOISE = "{}[]\":,\\ \t\n0123456789.-+eEtrufalsn".toCharArray();

  private final int hugeChars;

  /**
   * @param hugeChars the largest string or nesting a single damage writes, in characters: the
   *     caller decides whether mutants may pass its receiver's frame limit
   */
  FrameMutator(int hugeChars) {
    if (hugeChars < 64) {
      throw new IllegalArgumentException("hugeChars must be at least 64, got " + hugeChars);
    }
    this.hugeChars = hugeChars;
  }

  /** One mutant of {@code frame}. */
  Mutant mutate(String frame, SplittableRandom random) {
    Kind[] kinds = Kind.values();
    int rounds = 1 + random.nextInt(3);
    List<Kind> applied = new ArrayList<>(rounds);
    String text = frame;
    for (int i = 0; i < rounds; i++) {
      Kind kind = kinds[random.nextInt(kinds.length)];
      applied.add(kind);
      text = apply(kind, text, random);
    }
    return new Mutant(text, List.copyOf(applied));
  }

  private String apply(Kind kind, String text, SplittableRandom random) {
    return switch (kind) {
      case TRUNCATE -> text.isEmpty() ? text : text.substring(0, random.nextInt(text.length()));
      case BIT_FLIP -> bitFlips(text, random);
      case TYPE_SWAP -> replaceValue(text, random, OTHER_TYPES[random.nextInt(OTHER_TYPES.length)]);
      case HUGE_NUMBER -> replaceValue(text, random, hugeNumber(random));
      case HUGE_STRING -> replaceValue(text, random, hugeString(random));
      case DEEP_NESTING -> replaceValue(text, random, deepNesting(random));
      case DUPLICATE_KEY -> duplicateKey(text, random);
      case DROP_FIELD -> dropField(text, random);
      case TOPIC_SWAP ->
          replaceValueOf(text, "topic", quoted(TOPICS[random.nextInt(TOPICS.length)]));
      case RESPONSE_FLIP -> responseFlip(text, random);
      case UTF16_JUNK -> utf16Junk(text, random);
      case RANDOM_JUNK -> randomJunk(random);
    };
  }

  private static String bitFlips(String text, SplittableRandom random) {
    if (text.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    int flips = 1 + random.nextInt(4);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(chars.length);
      chars[at] = (char) (chars[at] ^ (1 << random.nextInt(16)));
    }
    return new String(chars);
  }

  private String hugeNumber(SplittableRandom random) {
    int digits = size(random, Math.min(hugeChars, 5_000));
    String number =
        switch (random.nextInt(7)) {
          case 0 -> "9".repeat(digits);
          case 1 -> "-" + "9".repeat(digits) + ".5";
          case 2 -> "1e" + (random.nextBoolean() ? "" : "-") + "9".repeat(1 + random.nextInt(12));
          case 3 -> "0." + "0".repeat(digits) + "1";
          case 4 -> "123456789012345678901234567890.123456789";
          case 5 -> "-0";
          default -> Long.toString(random.nextLong());
        };
    return random.nextBoolean() ? number : quoted(number);
  }

  private String hugeString(SplittableRandom random) {
    int length = size(random, hugeChars);
    String unit =
        switch (random.nextInt(4)) {
          case 0 -> "x";
          case 1 -> "\\u0000";
          case 2 -> "\\\"";
          default -> "é€😀";
        };
    return quoted(unit.repeat(Math.max(1, length / unit.length())));
  }

  private String deepNesting(SplittableRandom random) {
    boolean arrays = random.nextBoolean();
    int charsPerLevel = arrays ? 2 : 6;
    int depth = 16 + size(random, hugeChars / charsPerLevel - 16);
    if (arrays) {
      return "[".repeat(depth) + "]".repeat(depth);
    }
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  /**
   * A size from 1 to {@code max}, spread evenly over the orders of magnitude: most damage stays
   * small and cheap, and the largest sizes still come up a few times in every thousand.
   */
  private static int size(SplittableRandom random, int max) {
    return Math.max(1, (int) Math.min(max, Math.exp(random.nextDouble() * Math.log(max + 1.0))));
  }

  private static String duplicateKey(String text, SplittableRandom random) {
    List<int[]> keys = keys(text);
    if (keys.isEmpty()) {
      return text;
    }
    int[] field = keys.get(random.nextInt(keys.size()));
    String key = text.substring(field[0], field[1]);
    String copy = key + OTHER_TYPES[random.nextInt(OTHER_TYPES.length)] + ",";
    return text.substring(0, field[0]) + copy + text.substring(field[0]);
  }

  private static String dropField(String text, SplittableRandom random) {
    List<int[]> keys = keys(text);
    return keys.isEmpty() ? text : withoutField(text, keys.get(random.nextInt(keys.size())));
  }

  private static String responseFlip(String text, SplittableRandom random) {
    if (text.contains("\"response_code\"")) {
      return dropNamed(text, "response_code");
    }
    int open = text.indexOf('{');
    if (open < 0) {
      return text;
    }
    String code = random.nextBoolean() ? "\"000\"" : "\"202\"";
    return text.substring(0, open + 1)
        + "\"response_code\":"
        + code
        + ","
        + text.substring(open + 1);
  }

  private static String utf16Junk(String text, SplittableRandom random) {
    char[] junk = {'\uD800', '\uDFFF', '\u0000', '\uFEFF', '\uFFFE', '\uFFFF', '\u001B', '\u2028'};
    StringBuilder damaged = new StringBuilder(text);
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      damaged.insert(random.nextInt(damaged.length() + 1), junk[random.nextInt(junk.length)]);
    }
    return damaged.toString();
  }

  private static String randomJunk(SplittableRandom random) {
    int length = random.nextInt(200);
    StringBuilder junk = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      junk.append(
          random.nextInt(4) == 0
              ? (char) random.nextInt(0x10000)
              : JSON_NOISE[random.nextInt(JSON_NOISE.length)]);
    }
    return junk.toString();
  }

  private static String replaceValue(String text, SplittableRandom random, String value) {
    List<int[]> keys = keys(text);
    return keys.isEmpty() ? text : withValue(text, keys.get(random.nextInt(keys.size())), value);
  }

  private static String replaceValueOf(String text, String name, String value) {
    int[] key = named(text, name);
    return key == null ? text : withValue(text, key, value);
  }

  private static String dropNamed(String text, String name) {
    int[] key = named(text, name);
    return key == null ? text : withoutField(text, key);
  }

  private static String withValue(String text, int[] key, String value) {
    return text.substring(0, key[1]) + value + text.substring(valueEnd(text, key[1]));
  }

  private static String withoutField(String text, int[] key) {
    int end = valueEnd(text, key[1]);
    if (end < text.length() && text.charAt(end) == ',') {
      end++;
    }
    return text.substring(0, key[0]) + text.substring(end);
  }

  private static int[] named(String text, String name) {
    for (int[] key : keys(text)) {
      if (text.startsWith("\"" + name + "\"", key[0])) {
        return key;
      }
    }
    return null;
  }

  /**
   * Each {@code "key":} found: {where the key starts, where its value starts}. Where a value ends
   * is worked out only for the one damaged: on a deeply nested mutant, doing it for every key would
   * take quadratic time.
   */
  private static List<int[]> keys(String text) {
    List<int[]> keys = new ArrayList<>();
    Matcher key = KEY.matcher(text);
    while (key.find()) {
      keys.add(new int[] {key.start(), key.end()});
    }
    return keys;
  }

  /** Where the JSON value starting at {@code start} ends; forgiving on broken text. */
  private static int valueEnd(String text, int start) {
    int at = start;
    if (at >= text.length()) {
      return text.length();
    }
    char first = text.charAt(at);
    if (first == '"') {
      return endOfString(text, at);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '"') {
          at = endOfString(text, at);
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return at + 1;
        }
        at++;
      }
      return text.length();
    }
    while (at < text.length() && ",}]".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return at;
  }

  /** The index just after the string literal opening at {@code quote}. */
  private static int endOfString(String text, int quote) {
    int at = quote + 1;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\\') {
        at += 2;
      } else if (c == '"') {
        return at + 1;
      } else {
        at++;
      }
    }
    return text.length();
  }

  private static String quoted(String raw) {
    return "\"" + raw + "\"";
  }
}
