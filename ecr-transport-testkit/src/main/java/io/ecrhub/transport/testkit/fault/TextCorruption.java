package io.ecrhub.transport.testkit.fault;

import java.util.SplittableRandom;

/** Seeded damage to frame text: what a broken peer or a buggy firmware might put on the wire. */
final class TextCorruption {

  /** Characters that break JSON or its decoding when they turn up in the wrong place. */
  private static final int[] HOSTILE = {
    '{', '}', '[', ']', '"', '\\', ':', ',', 0, '\n', 0xFFFD, 0x1F4A5, 'x', '9'
  };

  private static final String[] GARBAGE = {
    "", "{", "}", "null", "[]", "{}", "not json", "{\"topic\":", "\"pay.order\"", "\uFFFD\uFFFD"
  };

  private TextCorruption() {}

  /**
   * A damaged copy of {@code text}: the same {@code seed} and text always give the same result, and
   * the result never equals the text. Works on code points, so that no surrogate pair is split: a
   * real wire carries valid UTF-8, whatever else is wrong with it.
   */
  static String mutate(String text, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] codePoints = text.codePoints().toArray();
    String damaged;
    if (codePoints.length == 0) {
      damaged = garbage(random);
    } else {
      int at = random.nextInt(codePoints.length);
      damaged =
          switch (random.nextInt(5)) {
            case 0 -> new String(codePoints, 0, at);
            case 1 -> replaced(codePoints, at, hostile(random));
            case 2 -> removed(codePoints, at);
            case 3 -> inserted(codePoints, at, hostile(random));
            default -> garbage(random);
          };
    }
    return damaged.equals(text) ? text + "}" : damaged;
  }

  /** A short frame that is not a valid message, chosen by {@code random}. */
  static String garbage(SplittableRandom random) {
    if (random.nextInt(4) > 0) {
      return GARBAGE[random.nextInt(GARBAGE.length)];
    }
    StringBuilder noise = new StringBuilder();
    int length = 1 + random.nextInt(32);
    for (int i = 0; i < length; i++) {
      noise.appendCodePoint(hostile(random));
    }
    return noise.toString();
  }

  private static int hostile(SplittableRandom random) {
    return HOSTILE[random.nextInt(HOSTILE.length)];
  }

  private static String replaced(int[] codePoints, int at, int replacement) {
    int[] copy = codePoints.clone();
    copy[at] = replacement;
    return new String(copy, 0, copy.length);
  }

  private static String removed(int[] codePoints, int at) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < codePoints.length; i++) {
      if (i != at) {
        result.appendCodePoint(codePoints[i]);
      }
    }
    return result.toString();
  }

  private static String inserted(int[] codePoints, int at, int extra) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < codePoints.length; i++) {
      if (i == at) {
        result.appendCodePoint(extra);
      }
      result.appendCodePoint(codePoints[i]);
    }
    return result.toString();
  }
}
