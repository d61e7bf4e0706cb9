package io.ecrhub.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Assertions on the {@link Validation} results that every factory of the domain returns. */
public final class ValidationAssertions {

  private ValidationAssertions() {}

  /** The value of a validation that must be valid. */
  public static <T> T valid(Validation<Seq<Violation>, T> validation) {
    assertThat(validation.isValid()).as("expected valid, got %s", validation).isTrue();
    return validation.get();
  }

  /** The violations of a validation that must be invalid. */
  public static Seq<Violation> violations(Validation<Seq<Violation>, ?> validation) {
    assertThat(validation.isInvalid()).as("expected invalid, got %s", validation).isTrue();
    return validation.getError();
  }

  /** The single violation of a validation that must be invalid for exactly one reason. */
  public static Violation onlyViolation(Validation<Seq<Violation>, ?> validation) {
    Seq<Violation> violations = violations(validation);
    assertThat(violations.asJava()).as("violations").hasSize(1);
    return violations.head();
  }

  /** The field paths named by the violations, in order. */
  public static java.util.List<String> fields(Seq<Violation> violations) {
    return violations.map(Violation::field).asJava();
  }
}
