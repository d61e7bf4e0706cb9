package io.ecrhub.protocol.mapping.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Reads the seed's {@code yyyy-MM-dd HH:mm:ss} by hand. {@code DateTimeFormatter} costs about a
 * microsecond a parse, a quarter of decoding a whole answer; this reads a well-formed time in a
 * tenth of that and leaves everything else (blanks around it, a 24:00:00, another format) to the
 * formatter, so that what is accepted does not change.
 */
final class SeedDateTimes {

  private static final int LENGTH = "2024-11-18 21:01:00".length();

  private SeedDateTimes() {}

  /** The time, or null when {@code raw} is not exactly a valid time in the seed's format. */
  static LocalDateTime parse(String raw) {
    if (raw.length() != LENGTH
        || raw.charAt(4) != '-'
        || raw.charAt(7) != '-'
        || raw.charAt(10) != ' '
        || raw.charAt(13) != ':'
        || raw.charAt(16) != ':') {
      return null;
    }
    int year = digits(raw, 0, 4);
    int month = digits(raw, 5, 2);
    int day = digits(raw, 8, 2);
    int hour = digits(raw, 11, 2);
    int minute = digits(raw, 14, 2);
    int second = digits(raw, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The number written by {@code count} ASCII digits from {@code from}; -1 if any is not one. */
  private static int digits(String raw, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
