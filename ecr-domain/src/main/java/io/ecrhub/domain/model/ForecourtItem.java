package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One fuel line of a forecourt sale ({@code biz_data.forecourt_data[]}): product code, litres, and
 * the line's amount in <em>minor units</em> ({@code "100"} is 1.00) — a different unit from {@code
 * order_amount}, which is in major units.
 *
 * @param amountMinorUnits the line amount in minor units of the currency (cents), more than zero
 * @param code the fuel's product code
 * @param quantity the litres dispensed
 */
public record ForecourtItem(ProductCode code, Litres quantity, long amountMinorUnits) {

  /**
   * The most fuel lines one order may carry: a forecourt has a few pumps, and the bound keeps every
   * order within one frame.
   */
  public static final int MAX_ITEMS = 99;

  /** Twelve digits of cents: the same bound as {@link Amount#MAX_MAJOR_UNITS} at scale 0. */
  public static final long MAX_MINOR_UNITS = 999_999_999_999L;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

  /**
   * Checks the line.
   *
   * @param code the fuel's product code
   * @param quantity the litres dispensed
   * @param amountMinorUnits the line amount in minor units, 1 to {@value #MAX_MINOR_UNITS}
   * @throws NullPointerException if {@code code} or {@code quantity} is null
   * @throws IllegalArgumentException if the amount is out of range
   */
  public ForecourtItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(quantity, "quantity");
    if (amountMinorUnits <= 0 || amountMinorUnits > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException(
          "forecourt amount must be 1 to " + MAX_MINOR_UNITS + " minor units");
    }
  }

  /**
   * Validates one item from raw text, naming fields by the item's position in the array, e.g.
   * {@code biz_data.forecourt_data[1].quantity}.
   *
   * @param code the product code as written
   * @param quantity the litres as written, e.g. {@code "1.050"}
   * @param amountMinorUnits the line amount as a whole number of minor units, e.g. {@code "100"}
   * @param index the item's position in the array, used in field paths
   * @return the item, or every violation of its three fields
   */
  public static Validation<Seq<Violation>, ForecourtItem> of(
      String code, String quantity, String amountMinorUnits, int index) {
    ViolationCollector violations = new ViolationCollector();
    ProductCode productCode =
        violations.take(ProductCode.of(code, FieldPath.forecourtItem(index, "code")));
    Litres litres =
        violations.take(Litres.parse(quantity, FieldPath.forecourtItem(index, "quantity")));
    Long minorUnits =
        violations.take(
            parseMinorUnits(amountMinorUnits, FieldPath.forecourtItem(index, "amount")));
    return violations.andThen(() -> new ForecourtItem(productCode, litres, minorUnits));
  }

  /**
   * The line amount on the wire: an integer of minor units, {@code "100"}.
   *
   * @return the amount's decimal digits, without sign or separator
   */
  public String amountToWire() {
    return Long.toString(amountMinorUnits);
  }

  private static Validation<Seq<Violation>, Long> parseMinorUnits(String raw, String field) {
    if (raw == null || raw.isEmpty()) {
      return Checks.invalid(field, "is required");
    }
    if (!DIGITS.matcher(raw).matches()) {
      return Checks.invalid(
          field, "must be a whole number of cents (100 is 1.00), got " + Checks.quote(raw));
    }
    long value = Long.parseLong(raw);
    return value > 0
        ? Validation.valid(value)
        : Checks.invalid(field, "must be more than zero cents");
  }
}
