package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fuel quantity in litres ({@code forecourt_data[].quantity}): more than zero, at most three
 * decimals, written with exactly three ({@code "1.050"}).
 */
public final class Litres implements Comparable<Litres> {

  /** The number of decimals a quantity is written with. */
  public static final int SCALE = 3;

  /** A road tanker holds about 40 000 litres; anything above this bound is a typing error. */
  public static final BigDecimal MAX = new BigDecimal("99999.999");

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1,8}(\\.[0-9]{1,8})?");

  private final BigDecimal value;

  private Litres(BigDecimal value) {
    this.value = value.setScale(SCALE);
  }

  /**
   * Parses a quantity such as {@code "1.05"} or {@code "1.050"}.
   *
   * @param raw the quantity as written; {@code null} or empty is a violation
   * @param field the field path named in a violation
   * @return the quantity, or why the text is not one
   */
  public static Validation<Seq<Violation>, Litres> parse(String raw, String field) {
    if (raw == null || raw.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (!PLAIN_DECIMAL.matcher(raw).matches()) {
      return Checks.invalid(
          field,
          "must be litres written as digits with up to 3 decimals such as 1.050, got "
              + Checks.quote(raw));
    }
    return of(new BigDecimal(raw), field);
  }

  /**
   * Checks an exact decimal against the rules of a quantity.
   *
   * @param value the litres; not null
   * @param field the field path named in a violation
   * @return the quantity, or why the value breaks a rule
   * @throws NullPointerException if {@code value} is null
   */
  public static Validation<Seq<Violation>, Litres> of(BigDecimal value, String field) {
    Objects.requireNonNull(value, "value");
    if (value.signum() <= 0) {
      return Checks.invalid(field, "must be more than zero litres, got " + value.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > SCALE) {
      return Checks.invalid(
          field, "must have at most 3 decimals, got " + Checks.quote(value.toPlainString()));
    }
    if (value.compareTo(MAX) > 0) {
      return Checks.invalid(
          field,
          "must not exceed " + MAX.toPlainString() + " litres, got " + value.toPlainString());
    }
    return Validation.valid(new Litres(value));
  }

  /**
   * Parses a quantity, or throws with every violation.
   *
   * @param raw the quantity as written
   * @return the quantity
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every violation
   */
  public static Litres parseOrThrow(String raw) {
    return Checks.orThrow(parse(raw, "quantity"));
  }

  /**
   * The exact quantity.
   *
   * @return the litres, with exactly {@value #SCALE} decimals
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Exactly three decimals: {@code "1.050"}.
   *
   * @return the plain decimal text
   */
  public String toWire() {
    return value.toPlainString();
  }

  @Override
  public int compareTo(Litres other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Litres that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return toWire() + " l";
  }
}
