package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money amount in major units ({@code order_amount}, {@code tip_amount}, {@code
 * cashback_amount}): {@code "34.50"} is thirty-four dollars fifty, not cents.
 *
 * <p>Exact decimal, never a double. Not negative, written without an exponent, with at most as many
 * fraction digits as the currency scale allows, and below {@link #MAX_MAJOR_UNITS}. The wire form
 * is canonical at the currency scale: {@code 34.5} is written {@code "34.50"}.
 */
public final class Amount implements Comparable<Amount> {

  /**
   * The largest amount accepted, in major units. Generous enough for currencies with large nominal
   * values (IDR, VND at scale 0) and far below anything a {@code long} of minor units cannot hold.
   */
  public static final BigDecimal MAX_MAJOR_UNITS = new BigDecimal("999999999999");

  private static final int MAX_TEXT_LENGTH = 32;

  private final BigDecimal value;
  private final CurrencyScale scale;

  private Amount(BigDecimal value, CurrencyScale scale) {
    this.value = value.setScale(scale.digits());
    this.scale = scale;
  }

  /**
   * Parses a wire or user amount at the default scale (two fraction digits).
   *
   * @param text the amount as written, e.g. {@code "34.50"}; {@code null} or empty is a violation
   * @param field the field path named in a violation
   * @return the amount, or why the text is not one
   */
  public static Validation<Seq<Violation>, Amount> parse(String text, String field) {
    return parse(text, CurrencyScale.defaultScale(), field);
  }

  /**
   * Parses a wire or user amount: digits, optionally a dot and fraction digits. Every other form
   * (sign, exponent, grouping, blanks) is refused with a sentence that says why.
   *
   * @param text the amount as written, e.g. {@code "34.50"}; {@code null} or empty is a violation
   * @param scale the currency scale: more fraction digits than it allows are refused
   * @param field the field path named in a violation
   * @return the amount at {@code scale}, or why the text is not one
   */
  public static Validation<Seq<Violation>, Amount> parse(
      String text, CurrencyScale scale, String field) {
    Objects.requireNonNull(scale, "scale");
    if (text == null || text.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return Checks.invalid(field, "is too long to be an amount: " + Checks.quote(text));
    }
    if (text.startsWith("-")) {
      return Checks.invalid(field, "must not be negative, got " + Checks.quote(text));
    }
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return looksLikeExponent(text)
          ? Checks.invalid(
              field, "must be written without an exponent (1200.00, not 1.2E3), got " + text)
          : notANumber(text, field);
    }
    if (!isPlainDecimal(text)) {
      return notANumber(text, field);
    }
    return of(new BigDecimal(text), scale, field);
  }

  /**
   * Checks an exact decimal against the rules of an amount at {@code scale}.
   *
   * @param value the amount in major units; {@code null} is a violation
   * @param scale the currency scale
   * @param field the field path named in a violation
   * @return the amount at {@code scale}, or why the value breaks a rule
   */
  public static Validation<Seq<Violation>, Amount> of(
      BigDecimal value, CurrencyScale scale, String field) {
    Objects.requireNonNull(scale, "scale");
    if (value == null) {
      return Checks.invalid(field, "is required");
    }
    if (value.signum() < 0) {
      return Checks.invalid(field, "must not be negative, got " + value.toPlainString());
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > scale.digits()) {
      return Checks.invalid(
          field,
          "has "
              + stripped.scale()
              + " decimal places but this currency allows at most "
              + scale.digits()
              + ", got "
              + value.toPlainString());
    }
    if (value.compareTo(MAX_MAJOR_UNITS) > 0) {
      return Checks.invalid(
          field,
          "must not exceed "
              + MAX_MAJOR_UNITS.toPlainString()
              + ", got "
              + Checks.quote(value.toPlainString()));
    }
    return Validation.valid(new Amount(value, scale));
  }

  /**
   * Parses at the default scale, or throws with every violation.
   *
   * @param text the amount as written at scale 2, e.g. {@code "34.50"}
   * @return the amount
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every violation
   */
  public static Amount parseOrThrow(String text) {
    return Checks.orThrow(parse(text, "amount"));
  }

  /**
   * An amount from minor units (cents at scale 2): {@code ofMinorUnits(3450, TWO)} is 34.50.
   *
   * @param minorUnits the amount in minor units; not negative
   * @param scale the currency scale the units are counted in
   * @return the amount in major units at {@code scale}
   * @throws io.ecrhub.domain.validation.InvalidInputException if negative or above {@link
   *     #MAX_MAJOR_UNITS}
   */
  public static Amount ofMinorUnits(long minorUnits, CurrencyScale scale) {
    return Checks.orThrow(of(BigDecimal.valueOf(minorUnits, scale.digits()), scale, "amount"));
  }

  /**
   * Reads an amount a terminal reported. Terminals are not held to the request rules: any plain
   * decimal that fits the scale is taken; anything else is {@code none}, and the caller keeps the
   * raw text.
   *
   * @param text the amount as the terminal wrote it; may be {@code null}
   * @param scale the currency scale
   * @return the amount, or none when the text is not a valid amount at {@code scale}
   */
  public static Option<Amount> fromTerminal(String text, CurrencyScale scale) {
    return parse(text, scale, "amount").toOption();
  }

  /**
   * The exact value at the currency scale.
   *
   * @return the value in major units, with exactly {@code scale().digits()} fraction digits
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The currency scale this amount was read at.
   *
   * @return the scale; two amounts of different scales are never equal
   */
  public CurrencyScale scale() {
    return scale;
  }

  /**
   * The canonical wire form at the currency scale: {@code "34.50"}, {@code "10.00"}.
   *
   * @return the plain decimal text, never in exponent form
   */
  public String toWire() {
    return value.toPlainString();
  }

  /**
   * The amount in minor units of its scale (cents at scale 2).
   *
   * @return the exact count of minor units
   */
  public long minorUnits() {
    return value.movePointRight(scale.digits()).longValueExact();
  }

  /**
   * Whether the amount is above zero; amounts are never negative.
   *
   * @return {@code false} only for zero
   */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  @Override
  public int compareTo(Amount other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Amount that && value.equals(that.value) && scale == that.scale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, scale);
  }

  @Override
  public String toString() {
    return toWire();
  }

  /**
   * Whether {@code text} is digits with an optional dot and more digits ({@code 34.50}, {@code 7}):
   * a loop, not a regular expression, as it reads every amount a terminal reports.
   */
  private static boolean isPlainDecimal(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return Codes.isDigits(text);
    }
    return Codes.isDigits(text.substring(0, dot)) && Codes.isDigits(text.substring(dot + 1));
  }

  private static boolean looksLikeExponent(String text) {
    return text.matches("[0-9]+(\\.[0-9]*)?[eE][+-]?[0-9]+");
  }

  private static Validation<Seq<Violation>, Amount> notANumber(String text, String field) {
    return Checks.invalid(
        field, "is not an amount: expected digits with an optional dot, got " + Checks.quote(text));
  }
}
