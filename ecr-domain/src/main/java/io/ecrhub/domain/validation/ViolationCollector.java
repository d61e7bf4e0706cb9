package io.ecrhub.domain.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * Gathers the violations of many fields so that a factory reports all of them at once, then builds
 * the value only when there are none.
 *
 * <pre>{@code
 * ViolationCollector violations = new ViolationCollector();
 * Amount amount = violations.take(Amount.parse(raw, FieldPath.ORDER_AMOUNT));
 * violations.check(amount == null || amount.isPositive(), FieldPath.ORDER_AMOUNT, "must be more than zero");
 * return violations.andThen(() -> new Sale(amount, ...));
 * }</pre>
 *
 * A value taken from an invalid validation is {@code null}; the builder passed to {@link
 * #andThen(Supplier)} runs only when nothing was collected, so it never sees one.
 */
public final class ViolationCollector {

  private List<Violation> violations = List.empty();

  /**
   * The value of {@code validation}, or {@code null} after recording its violations.
   *
   * @param <T> the validated type
   * @param validation the result of one field's validation
   * @return its value, or {@code null} when it was invalid
   */
  public <T> T take(Validation<Seq<Violation>, T> validation) {
    if (validation.isInvalid()) {
      violations = violations.appendAll(validation.getError());
      return null;
    }
    return validation.get();
  }

  /**
   * Records a violation unless {@code rule} holds.
   *
   * @param rule the condition that must hold
   * @param field the field path named in the violation
   * @param message what is wrong, as a fragment after the field name
   * @return this collector
   */
  public ViolationCollector check(boolean rule, String field, String message) {
    if (!rule) {
      add(field, message);
    }
    return this;
  }

  /**
   * Records a violation.
   *
   * @param field the field path it names
   * @param message what is wrong, as a fragment after the field name
   * @return this collector
   */
  public ViolationCollector add(String field, String message) {
    violations = violations.append(new Violation(field, message));
    return this;
  }

  /**
   * Records violations found elsewhere, in order.
   *
   * @param more the violations to append
   * @return this collector
   */
  public ViolationCollector addAll(Seq<Violation> more) {
    violations = violations.appendAll(more);
    return this;
  }

  /**
   * Whether nothing was collected so far.
   *
   * @return {@code true} when no violation was recorded
   */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * The violations collected so far.
   *
   * @return the violations in the order recorded; empty when none
   */
  public Seq<Violation> violations() {
    return violations;
  }

  /**
   * Every violation collected, or the value built by {@code builder} when there are none.
   *
   * @param <T> the type built
   * @param builder builds the value; called only when nothing was collected
   * @return the built value, or every violation
   */
  public <T> Validation<Seq<Violation>, T> andThen(Supplier<T> builder) {
    return violations.isEmpty() ? Validation.valid(builder.get()) : Validation.invalid(violations);
  }
}
