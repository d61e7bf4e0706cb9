package io.ecrhub.domain.model;

/** Normalisation shared by the numeric code tables of the protocol. */
final class Codes {

  private Codes() {}

  /**
   * {@code "02"} becomes {@code "2"}, so that a terminal padding its numeric codes still matches
   * the table; anything that is not all digits is returned unchanged and kept as data.
   */
  static String withoutLeadingZeros(String code) {
    if (code.length() < 2 || !isDigits(code)) {
      return code;
    }
    int first = 0;
    while (first < code.length() - 1 && code.charAt(first) == '0') {
      first++;
    }
    return code.substring(first);
  }

  /**
   * Whether {@code text} is one or more ASCII digits. A loop rather than a stream: it runs on every
   * answer a terminal sends.
   */
  static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
