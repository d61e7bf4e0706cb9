package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A merchant order number ({@code biz_data.merchant_order_no}): 1 to 32 ASCII letters or digits. It
 * identifies one order for its whole life: the terminal refuses a reused number ({@code 113}), and
 * this SDK never sends a {@code pay.order} twice under the same number.
 *
 * <p>The constructor throws {@link io.ecrhub.domain.validation.InvalidInputException} on a bad
 * value; {@link #of(String, String)} reports the same rule as a {@link Validation}.
 *
 * @param value the number as given, case kept
 */
public record MerchantOrderNo(String value) {

  /** The most characters a number may have. */
  public static final int MAX_LENGTH = 32;

  /**
   * Checks the number.
   *
   * @param value 1 to {@value #MAX_LENGTH} ASCII letters or digits
   * @throws io.ecrhub.domain.validation.InvalidInputException if {@code value} breaks the rule
   */
  public MerchantOrderNo {
    Checks.orThrow(check(value, FieldPath.MERCHANT_ORDER_NO));
  }

  /**
   * Validates a merchant order number under the default field path.
   *
   * @param raw the number as given; {@code null} or empty is a violation
   * @return the number, or why the text is not one
   */
  public static Validation<Seq<Violation>, MerchantOrderNo> of(String raw) {
    return of(raw, FieldPath.MERCHANT_ORDER_NO);
  }

  /**
   * Validates a merchant order number, naming {@code field} in any violation.
   *
   * @param raw the number as given; {@code null} or empty is a violation
   * @param field the field path named in a violation
   * @return the number, or why the text is not one
   */
  public static Validation<Seq<Violation>, MerchantOrderNo> of(String raw, String field) {
    Validation<Seq<Violation>, String> checked = check(raw, field);
    return checked.map(MerchantOrderNo::new);
  }

  private static Validation<Seq<Violation>, String> check(String raw, String field) {
    if (raw == null || raw.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (raw.length() > MAX_LENGTH) {
      return Checks.invalid(
          field,
          "must be at most "
              + MAX_LENGTH
              + " letters or digits, got "
              + raw.length()
              + " characters");
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        return Checks.invalid(
            field,
            "may contain only letters A-Z, a-z and digits 0-9, but character "
                + (i + 1)
                + " of "
                + Checks.quote(raw)
                + " is "
                + Checks.quote(String.valueOf(c)));
      }
    }
    return Validation.valid(raw);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  // written out, not generated: see the package documentation (a fresh JVM's first payment)
  @Override
  public final boolean equals(Object other) {
    return other instanceof MerchantOrderNo number && value.equals(number.value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
