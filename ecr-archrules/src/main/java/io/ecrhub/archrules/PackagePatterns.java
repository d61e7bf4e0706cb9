package io.ecrhub.archrules;

import java.util.Objects;

/**
 * Checks the ArchUnit package patterns handed to the rule factories ({@code
 * com.acme.pos.domain..}), so that a missing one fails at once with the parameter named instead of
 * selecting nothing.
 */
final class PackagePatterns {

  private PackagePatterns() {}

  static String[] requireNonEmpty(String[] patterns, String parameterName) {
    Objects.requireNonNull(patterns, parameterName + " must not be null");
    if (patterns.length == 0) {
      throw new IllegalArgumentException(parameterName + " must name at least one package");
    }
    for (String pattern : patterns) {
      if (pattern == null || pattern.isBlank()) {
        throw new IllegalArgumentException(
            parameterName + " must not hold a blank package pattern");
      }
    }
    return patterns.clone();
  }
}
