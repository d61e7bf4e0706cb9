package io.ecrhub.domain.model;

/** Normalisation shared by the numeric code tables of the protocol. */
final class Codes {

  private Codes() {}

  /**
   * {@code "02"} becomes {@code "2"}, so that a terminal padding its numeric codes still matches
   * the table; anything that is not all digits is returned unchanged and kept as data.
   */
  static String withoutLeadingZeros(String code) {
    if (code.length() < 2 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return code;
    }
    int first = 0;
    while (first < code.length() - 1 && code.charAt(first) == '0') {
      first++;
    }
    return code.substring(first);
  }
}
