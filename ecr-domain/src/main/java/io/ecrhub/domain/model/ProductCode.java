package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A fuel product code ({@code forecourt_data[].code}): digits, usually two ({@code "02"}). Leading
 * zeros are significant and kept.
 */
public record ProductCode(String value) {

  public static final int MAX_LENGTH = 6;

  public ProductCode {
    Checks.orThrow(check(value, "code"));
  }

  public static Validation<Seq<Violation>, ProductCode> of(String raw, String field) {
    return check(raw, field).map(ProductCode::new);
  }

  private static Validation<Seq<Violation>, String> check(String raw, String field) {
    if (raw == null || raw.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (raw.length() > MAX_LENGTH || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
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
