package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * How the customer pays ({@code biz_data.pay_scenario}): card, QR code shown by the terminal, or QR
 * code scanned from the customer's phone. An open set, like {@link PayMethod}.
 */
public record PayScenario(String name) {

  public static final PayScenario SWIPE_CARD = new PayScenario("SWIPE_CARD");
  public static final PayScenario SCAN_QR_PAY = new PayScenario("SCANQR_PAY");
  public static final PayScenario B_SCAN_QR_PAY = new PayScenario("BSCANQR_PAY");

  public PayScenario {
    OpenName.require(name, "pay scenario");
  }

  public static PayScenario of(String name) {
    return new PayScenario(name);
  }

  /** Validates a pay scenario given by a POS, naming {@code field} on failure. */
  public static Validation<Seq<Violation>, PayScenario> of(String name, String field) {
    return OpenName.isValid(name)
        ? Validation.valid(new PayScenario(name))
        : Checks.invalid(
            field,
            "must be a payment scenario such as SWIPE_CARD, SCANQR_PAY or BSCANQR_PAY, got "
                + Checks.quote(name));
  }

  @Override
  public String toString() {
    return name;
  }
}
