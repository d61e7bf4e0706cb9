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

  /** The value of {@code validation}, or {@code null} after recording its violations. */
  public <T> T take(Validation<Seq<Violation>, T> validation) {
    if (validation.isInvalid()) {
      violations = violations.appendAll(validation.getError());
      return null;
    }
    return validation.get();
  }

  /** Records a violation unless {@code rule} holds. */
  public ViolationCollector check(boolean rule, String field, String message) {
    if (!rule) {
      add(field, message);
    }
    return this;
  }

  public ViolationCollector add(String field, String message) {
    violations = violations.append(new Violation(field, message));
    return this;
  }

  public ViolationCollector addAll(Seq<Violation> more) {
    violations = violations.appendAll(more);
    return this;
  }

  public boolean isEmpty() {
    return violations.isEmpty();
  }

  public Seq<Violation> violations() {
    return violations;
  }

  /** Every violation collected, or the value built by {@code builder} when there are none. */
  public <T> Validation<Seq<Violation>, T> andThen(Supplier<T> builder) {
    return violations.isEmpty() ? Validation.valid(builder.get()) : Validation.invalid(violations);
  }
}
