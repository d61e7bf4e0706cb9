package io.ecrhub.domain.model;

import java.util.Objects;

/** The rule shared by the open name sets of the protocol (pay method ids, pay scenarios). */
final class OpenName {

  static final int MAX_LENGTH = 64;

  private OpenName() {}

  /**
   * A name a terminal or a POS may use: not blank, at most {@value #MAX_LENGTH} characters, no
   * control characters. Anything else could not have come from a code table.
   */
  static String require(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_LENGTH + " characters, got " + name.length());
    }
    if (hasControlCharacter(name)) {
      throw new IllegalArgumentException(what + " must not contain control characters");
    }
    return name;
  }

  static boolean isValid(String name) {
    return name != null
        && !name.isBlank()
        && name.length() <= MAX_LENGTH
        && !hasControlCharacter(name);
  }

  /** A loop rather than a stream: every pay method and scenario a terminal reports passes here. */
  private static boolean hasControlCharacter(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
