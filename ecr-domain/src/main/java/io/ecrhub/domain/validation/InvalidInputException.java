package io.ecrhub.domain.validation;

import io.vavr.collection.Seq;

/**
 * Thrown by the {@code ...orThrow()} conveniences when an input is invalid. It carries every
 * violation found, not only the first, so that a caller can fix all of them in one go.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Seq<Violation> violations;

  /**
   * An exception whose message lists every violation.
   *
   * @param violations the violations found; not empty
   */
  public InvalidInputException(Seq<Violation> violations) {
    super(describe(violations));
    this.violations = violations;
  }

  /**
   * Every violation found, in the order the fields were checked.
   *
   * @return the violations; not kept when the exception is serialized
   */
  public Seq<Violation> violations() {
    return violations;
  }

  private static String describe(Seq<Violation> violations) {
    return violations.size() == 1
        ? "invalid input: " + violations.head()
        : "invalid input (" + violations.size() + " problems): " + violations.mkString("; ");
  }
}
