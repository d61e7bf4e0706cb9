package io.ecrhub.archrules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks the package names handed to the rule factories, so that a typo fails at once with the
 * parameter named, instead of producing rules that select nothing.
 */
final class JavaPackageName {

  private static final Pattern QUALIFIED_NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
              + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private JavaPackageName() {}

  /**
   * Returns {@code value} if it is a plain qualified package name such as {@code com.acme.pos}.
   *
   * @throws NullPointerException if {@code value} is null, naming the parameter
   * @throws IllegalArgumentException if {@code value} is blank, has empty segments, or carries
   *     ArchUnit wildcards ({@code ..}, {@code *}), naming the parameter and the reason
   */
  static String requireValid(String value, String parameterName) {
    Objects.requireNonNull(value, parameterName + " must not be null");
    if (!QUALIFIED_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          parameterName
              + " must be a plain Java package name such as 'com.acme.pos'"
              + " (no wildcards, no leading, trailing or double dots), but was '"
              + value
              + "'");
    }
    return value;
  }
}
