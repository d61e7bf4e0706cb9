package io.ecrhub.domain.model;

import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

  private static final String FIELD = FieldPath.ORDER_AMOUNT;

  @Test
  void amount_is_an_exact_decimal_so_a_tenth_plus_two_tenths_is_three_tenths() {
    BigDecimal sum = Amount.parseOrThrow("0.1").value().add(Amount.parseOrThrow("0.2").value());

    assertThat(sum).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void amount_api_never_takes_or_gives_a_floating_point_number() {
    Method[] floatingPoint =
        Arrays.stream(Amount.class.getDeclaredMethods())
            .filter(
                method ->
                    isFloatingPoint(method.getReturnType())
                        || Arrays.stream(method.getParameterTypes())
                            .anyMatch(AmountTest::isFloatingPoint))
            .toArray(Method[]::new);

    assertThat(floatingPoint).as("methods of Amount using double or float").isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
  @CsvSource({"34.5, 34.50", "10, 10.00", "0.05, 0.05", "0, 0.00", "1200.00, 1200.00"})
  void wire_form_has_exactly_two_fraction_digits_by_default(String input, String wire) {
    assertThat(Amount.parseOrThrow(input).toWire()).isEqualTo(wire);
  }

  @ParameterizedTest(name = "\"{1}\" at scale {0} is written \"{2}\"")
  @CsvSource({
    "ZERO, 10, 10",
    "ZERO, 1500, 1500",
    "TWO, 10, 10.00",
    "TWO, 34.5, 34.50",
    "THREE, 10, 10.000",
    "THREE, 1.5, 1.500",
    "THREE, 0.125, 0.125"
  })
  void wire_form_is_canonical_at_the_currency_scale(
      CurrencyScale scale, String input, String wire) {
    assertThat(valid(Amount.parse(input, scale, FIELD)).toWire()).isEqualTo(wire);
  }

  @Test
  void a_value_given_with_an_exponent_is_written_without_one() {
    Amount amount = valid(Amount.of(new BigDecimal("1.2E+3"), CurrencyScale.TWO, FIELD));

    assertThat(amount.toWire()).isEqualTo("1200.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.01", "-34.50", "-0"})
  void negative_amount_is_rejected_with_a_sentence_naming_the_field(String input) {
    Violation violation = onlyViolation(Amount.parse(input, FIELD));

    assertThat(violation.field()).isEqualTo("biz_data.order_amount");
    assertThat(violation.message()).startsWith("must not be negative");
  }

  @Test
  void negative_exact_decimal_is_rejected_too() {
    Violation violation =
        onlyViolation(Amount.of(new BigDecimal("-0.01"), CurrencyScale.TWO, FIELD));

    assertThat(violation.message()).isEqualTo("must not be negative, got -0.01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E3", "1e3", "1.2E3", "1.2e+3", "5E-2", "12.50e0"})
  void amount_written_with_an_exponent_is_rejected(String input) {
    Violation violation = onlyViolation(Amount.parse(input, FIELD));

    assertThat(violation.field()).isEqualTo(FIELD);
    assertThat(violation.message()).contains("without an exponent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "1,000.00",
        " 1.00",
        "1.00 ",
        "+1.00",
        ".5",
        "5.",
        "1.2.3",
        "0x10",
        "1_000",
        "E",
        "1E",
        "e5",
        "\u0663",
        "\uff11\uff10",
        "NaN",
        "Infinity"
      })
  void text_that_is_not_a_plain_decimal_is_rejected_as_not_an_amount(String input) {
    Violation violation = onlyViolation(Amount.parse(input, FIELD));

    assertThat(violation.field()).isEqualTo(FIELD);
    assertThat(violation.message()).startsWith("is not an amount");
  }

  @Test
  void missing_amount_is_required() {
    assertThat(onlyViolation(Amount.parse(null, FIELD)).message()).isEqualTo("is required");
    assertThat(onlyViolation(Amount.parse("", FIELD)).message()).isEqualTo("is required");
  }

  @Test
  void more_than_two_fraction_digits_are_rejected_by_default() {
    Violation violation = onlyViolation(Amount.parse("34.505", FieldPath.TIP_AMOUNT));

    assertThat(violation.field()).isEqualTo("biz_data.tip_amount");
    assertThat(violation.message())
        .isEqualTo("has 3 decimal places but this currency allows at most 2, got 34.505");
  }

  @ParameterizedTest(name = "scale {0} refuses \"{1}\"")
  @CsvSource({"ZERO, 10.5", "ZERO, 0.1", "TWO, 0.001", "THREE, 1.0001"})
  void fraction_digits_beyond_the_currency_scale_are_rejected(CurrencyScale scale, String input) {
    Violation violation = onlyViolation(Amount.parse(input, scale, FIELD));

    assertThat(violation.message())
        .contains("allows at most " + scale.digits())
        .contains("decimal places");
  }

  @ParameterizedTest(name = "scale {0} accepts \"{1}\"")
  @CsvSource({"ZERO, 1500", "TWO, 0.01", "THREE, 1.005", "THREE, 0.001"})
  void fraction_digits_up_to_the_currency_scale_are_accepted(CurrencyScale scale, String input) {
    assertThat(Amount.parse(input, scale, FIELD).isValid()).isTrue();
  }

  @Test
  void trailing_zeros_beyond_the_scale_carry_no_value_and_are_written_at_the_scale() {
    // Design choice: the rule is about the value, so 34.500 is the amount 34.50.
    assertThat(Amount.parseOrThrow("34.500").toWire()).isEqualTo("34.50");
  }

  @Test
  void largest_amount_is_accepted_and_one_minor_unit_more_is_rejected() {
    assertThat(Amount.parseOrThrow("999999999999").toWire()).isEqualTo("999999999999.00");

    Violation violation = onlyViolation(Amount.parse("999999999999.01", FIELD));
    assertThat(violation.message()).startsWith("must not exceed 999999999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000", "99999999999999999999"})
  void absurdly_large_amount_is_rejected(String input) {
    assertThat(onlyViolation(Amount.parse(input, FIELD)).message())
        .startsWith("must not exceed 999999999999");
  }

  @Test
  void text_too_long_to_be_an_amount_is_rejected_without_echoing_all_of_it() {
    String hostile = "1".repeat(5000);

    Violation violation = onlyViolation(Amount.parse(hostile, FIELD));

    assertThat(violation.message()).startsWith("is too long to be an amount");
    assertThat(violation.message().length()).isLessThan(200);
  }

  @Test
  void exception_message_names_the_field_path_and_the_problem() {
    assertThatThrownBy(() -> Amount.parseOrThrow("-5"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: amount: must not be negative, got '-5'");
  }

  @ParameterizedTest(name = "{1} at scale {0} is {2} minor units")
  @CsvSource({"TWO, 34.50, 3450", "TWO, 0.01, 1", "ZERO, 10, 10", "THREE, 1.5, 1500"})
  void minor_units_count_in_the_currency_scale(CurrencyScale scale, String input, long minor) {
    Amount amount = valid(Amount.parse(input, scale, FIELD));

    assertThat(amount.minorUnits()).isEqualTo(minor);
    assertThat(Amount.ofMinorUnits(minor, scale)).isEqualTo(amount);
  }

  @Test
  void negative_minor_units_are_rejected() {
    assertThatThrownBy(() -> Amount.ofMinorUnits(-1, CurrencyScale.TWO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void amounts_are_equal_by_value_within_a_scale_and_differ_across_scales() {
    assertThat(Amount.parseOrThrow("34.5")).isEqualTo(Amount.parseOrThrow("34.50"));
    assertThat(Amount.parseOrThrow("34.5")).hasSameHashCodeAs(Amount.parseOrThrow("34.50"));
    assertThat(valid(Amount.parse("10", CurrencyScale.THREE, FIELD)))
        .isNotEqualTo(valid(Amount.parse("10", CurrencyScale.TWO, FIELD)));
  }

  @Test
  void amounts_are_ordered_by_value() {
    assertThat(Amount.parseOrThrow("9.99")).isLessThan(Amount.parseOrThrow("10"));
    assertThat(Amount.parseOrThrow("0").isPositive()).isFalse();
    assertThat(Amount.parseOrThrow("0.01").isPositive()).isTrue();
  }

  @Test
  void amount_reported_by_a_terminal_is_read_leniently_and_never_throws() {
    assertThat(Amount.fromTerminal("34.5", CurrencyScale.TWO).map(Amount::toWire))
        .containsExactly("34.50");
    assertThat(Amount.fromTerminal("thirty", CurrencyScale.TWO).isEmpty()).isTrue();
    assertThat(Amount.fromTerminal(null, CurrencyScale.TWO).isEmpty()).isTrue();
  }

  private static boolean isFloatingPoint(Class<?> type) {
    return type == double.class
        || type == float.class
        || type == Double.class
        || type == Float.class;
  }
}
