package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A fuel product code ({@code forecourt_data[].code}): digits, usually two ({@code "02"}). Leading
 * zeros are significant and kept.
 *
 * @param value the digits, leading zeros kept
 */
public record ProductCode(String value) {

  /** The most digits a code may have. */
  public static final int MAX_LENGTH = 6;

  /**
   * Checks the code.
   *
   * @param value 1 to {@value #MAX_LENGTH} digits
   * @throws io.ecrhub.domain.validation.InvalidInputException if {@code value} breaks the rule
   */
  public ProductCode {
    Checks.orThrow(check(value, "code"));
  }

  /**
   * Validates a product code, naming {@code field} in any violation.
   *
   * @param raw the code as given; {@code null} or empty is a violation
   * @param field the field path named in a violation
   * @return the code, or why the text is not one
   */
  public static Validation<Seq<Violation>, ProductCode> of(String raw, String field) {
    return check(raw, field).map(ProductCode::new);
  }

  private static Validation<Seq<Violation>, String> check(String raw, String field) {
    if (raw == null || raw.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (raw.length() > MAX_LENGTH || !Codes.isDigits(raw)) {
      return Checks.invalid(
          field,
          "must be a product code of 1 to "
              + MAX_LENGTH
              + " digits such as 02, got "
              + Checks.quote(raw));
    }
    return Validation.valid(raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
