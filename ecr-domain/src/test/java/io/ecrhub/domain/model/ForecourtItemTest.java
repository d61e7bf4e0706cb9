package io.ecrhub.domain.model;

import static io.ecrhub.domain.validation.ValidationAssertions.fields;
import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static io.ecrhub.domain.validation.ValidationAssertions.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.validation.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ForecourtItemTest {

  @Test
  void a_valid_fuel_line_keeps_code_litres_and_cents() {
    ForecourtItem item = valid(ForecourtItem.of("02", "1.05", "100", 0));

    assertThat(item.code().value()).isEqualTo("02");
    assertThat(item.quantity().toWire()).isEqualTo("1.050");
    assertThat(item.amountMinorUnits()).isEqualTo(100);
    assertThat(item.amountToWire()).isEqualTo("100");
  }

  @Test
  void field_paths_name_the_item_by_its_position_in_the_array() {
    Violation violation = onlyViolation(ForecourtItem.of("02", "0", "100", 1));

    assertThat(violation.field()).isEqualTo("biz_data.forecourt_data[1].quantity");
  }

  @Test
  void every_broken_field_of_an_item_is_reported() {
    assertThat(fields(violations(ForecourtItem.of("A2", "-1", "1.00", 3))))
        .containsExactly(
            "biz_data.forecourt_data[3].code",
            "biz_data.forecourt_data[3].quantity",
            "biz_data.forecourt_data[3].amount");
  }

  @Nested
  class ProductCodes {

    @ParameterizedTest
    @ValueSource(strings = {"02", "2", "000001", "95"})
    void digits_are_a_product_code_and_leading_zeros_are_kept(String code) {
      assertThat(valid(ForecourtItem.of(code, "1", "1", 0)).code().value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A2", "2 ", "-2", "0.2", "\uff10\uff12", "1234567"})
    void anything_but_one_to_six_ascii_digits_is_rejected(String code) {
      Violation violation = onlyViolation(ForecourtItem.of(code, "1", "1", 0));

      assertThat(violation.field()).isEqualTo("biz_data.forecourt_data[0].code");
      assertThat(violation.message()).startsWith("must be a product code of 1 to 6 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missing_code_is_required(String code) {
      assertThat(onlyViolation(ForecourtItem.of(code, "1", "1", 0)).message())
          .isEqualTo("is required");
    }
  }

  @Nested
  class Quantities {

    @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
    @CsvSource({"1.05, 1.050", "1.050, 1.050", "1, 1.000", "0.001, 0.001", "40000, 40000.000"})
    void litres_are_written_with_exactly_three_decimals(String raw, String wire) {
      assertThat(valid(Litres.parse(raw, "quantity")).toWire()).isEqualTo(wire);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "00.0"})
    void zero_litres_are_rejected(String raw) {
      assertThat(onlyViolation(Litres.parse(raw, "quantity")).message())
          .startsWith("must be more than zero litres");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0505", "0.0001"})
    void more_than_three_decimals_are_rejected(String raw) {
      assertThat(onlyViolation(Litres.parse(raw, "quantity")).message())
          .startsWith("must have at most 3 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.000", "1e3", "1,5", " 1", "1.", ".5", "abc"})
    void text_that_is_not_plain_litres_is_rejected(String raw) {
      assertThat(onlyViolation(Litres.parse(raw, "quantity")).message())
          .startsWith("must be litres written as digits with up to 3 decimals");
    }

    @Test
    void more_than_a_tanker_holds_is_rejected() {
      assertThat(Litres.parse("99999.999", "quantity").isValid()).isTrue();
      assertThat(onlyViolation(Litres.parse("100000", "quantity")).message())
          .startsWith("must not exceed 99999.999 litres");
    }

    @Test
    void negative_exact_litres_are_rejected() {
      assertThat(Litres.of(new BigDecimal("-0.5"), "quantity").isInvalid()).isTrue();
    }
  }

  @Nested
  class Amounts {

    @ParameterizedTest
    @ValueSource(strings = {"1", "100", "3450", "999999999999"})
    void whole_positive_cents_are_accepted(String cents) {
      assertThat(valid(ForecourtItem.of("02", "1", cents, 0)).amountToWire()).isEqualTo(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000"})
    void zero_cents_are_rejected(String cents) {
      Violation violation = onlyViolation(ForecourtItem.of("02", "1", cents, 2));

      assertThat(violation.field()).isEqualTo("biz_data.forecourt_data[2].amount");
      assertThat(violation.message()).isEqualTo("must be more than zero cents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.00", "-100", "1e2", "1 00", "1000000000000"})
    void anything_but_a_whole_number_of_cents_is_rejected(String cents) {
      assertThat(onlyViolation(ForecourtItem.of("02", "1", cents, 0)).message())
          .startsWith("must be a whole number of cents (100 is 1.00)");
    }

    @Test
    void constructor_refuses_zero_or_negative_cents() {
      ProductCode code = new ProductCode("02");
      Litres litres = Litres.parseOrThrow("1");

      assertThatThrownBy(() -> new ForecourtItem(code, litres, 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new ForecourtItem(code, litres, -100))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new ForecourtItem(code, litres, 1).amountMinorUnits()).isEqualTo(1);
    }
  }
}
