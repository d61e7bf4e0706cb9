package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final int MAX_TEXT_LENGTH = 32;

  private final BigDecimal value;
  private final CurrencyScale scale;

  private Amount(BigDecimal value, CurrencyScale scale) {
    this.value = value.setScale(scale.digits());
    this.scale = scale;
  }

  /** Parses a wire or user amount at the default scale (two fraction digits). */
  public static Validation<Seq<Violation>, Amount> parse(String text, String field) {
    return parse(text, CurrencyScale.defaultScale(), field);
  }

  /**
   * Parses a wire or user amount: digits, optionally a dot and fraction digits. Every other form
   * (sign, exponent, grouping, blanks) is refused with a sentence that says why.
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
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      return notANumber(text, field);
    }
    return of(new BigDecimal(text), scale, field);
  }

  /** Checks an exact decimal against the rules of an amount at {@code scale}. */
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

  /** Parses at the default scale, or throws with every violation. */
  public static Amount parseOrThrow(String text) {
    return Checks.orThrow(parse(text, "amount"));
  }

  /** An amount from minor units (cents at scale 2): {@code ofMinorUnits(3450, TWO)} is 34.50. */
  public static Amount ofMinorUnits(long minorUnits, CurrencyScale scale) {
    return Checks.orThrow(of(BigDecimal.valueOf(minorUnits, scale.digits()), scale, "amount"));
  }

  /**
   * Reads an amount a terminal reported. Terminals are not held to the request rules: any plain
   * decimal that fits the scale is taken; anything else is {@code none}, and the caller keeps the
   * raw text.
   */
  public static Option<Amount> fromTerminal(String text, CurrencyScale scale) {
    return parse(text, scale, "amount").toOption();
  }

  /** The exact value at the currency scale. */
  public BigDecimal value() {
    return value;
  }

  public CurrencyScale scale() {
    return scale;
  }

  /** The canonical wire form at the currency scale: {@code "34.50"}, {@code "10.00"}. */
  public String toWire() {
    return value.toPlainString();
  }

  /** The amount in minor units of its scale (cents at scale 2). */
  public long minorUnits() {
    return value.movePointRight(scale.digits()).longValueExact();
  }

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

  private static boolean looksLikeExponent(String text) {
    return text.matches("[0-9]+(\\.[0-9]*)?[eE][+-]?[0-9]+");
  }

  private static Validation<Seq<Violation>, Amount> notANumber(String text, String field) {
    return Checks.invalid(
        field, "is not an amount: expected digits with an optional dot, got " + Checks.quote(text));
  }
}
