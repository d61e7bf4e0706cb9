package io.ecrhub.domain.model;

import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayScenarioTest {

  @Test
  void constants_are_the_three_scenarios_of_the_seed() {
    assertThat(PayScenario.SWIPE_CARD.name()).isEqualTo("SWIPE_CARD");
    assertThat(PayScenario.SCAN_QR_PAY.name()).isEqualTo("SCANQR_PAY");
    assertThat(PayScenario.B_SCAN_QR_PAY.name()).isEqualTo("BSCANQR_PAY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SWIPE_CARD", "SCANQR_PAY", "BSCANQR_PAY", "NFC_TAP"})
  void known_and_unknown_scenarios_are_kept_as_given(String name) {
    assertThat(valid(PayScenario.of(name, FieldPath.PAY_SCENARIO)).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "SWIPE\rCARD"})
  void blank_or_control_characters_are_rejected_naming_the_field(String name) {
    Violation violation = onlyViolation(PayScenario.of(name, FieldPath.PAY_SCENARIO));

    assertThat(violation.field()).isEqualTo("biz_data.pay_scenario");
    assertThat(violation.message()).contains("SWIPE_CARD, SCANQR_PAY or BSCANQR_PAY");
  }
}
