package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * How the customer pays ({@code biz_data.pay_scenario}): card, QR code shown by the terminal, or QR
 * code scanned from the customer's phone. An open set, like {@link PayMethod}.
 *
 * @param name the scenario's name as the protocol writes it, e.g. {@code SWIPE_CARD}
 */
public record PayScenario(String name) {

  /** {@code SWIPE_CARD}: a card, swiped, inserted or tapped. */
  public static final PayScenario SWIPE_CARD = new PayScenario("SWIPE_CARD");

  /** {@code SCANQR_PAY}: the customer scans a QR code the terminal shows. */
  public static final PayScenario SCAN_QR_PAY = new PayScenario("SCANQR_PAY");

  /** {@code BSCANQR_PAY}: the terminal scans a QR code on the customer's phone. */
  public static final PayScenario B_SCAN_QR_PAY = new PayScenario("BSCANQR_PAY");

  /**
   * Checks the name: not blank, at most 64 characters, no control characters.
   *
   * @param name the scenario's name, as the terminal writes it
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank, too long or has control characters
   */
  public PayScenario {
    OpenName.require(name, "pay scenario");
  }

  /**
   * A pay scenario, known or not.
   *
   * @param name the scenario's name
   * @return the scenario
   * @throws IllegalArgumentException if {@code name} is blank, too long or has control characters
   */
  public static PayScenario of(String name) {
    return new PayScenario(name);
  }

  /**
   * Validates a pay scenario given by a POS, naming {@code field} on failure.
   *
   * @param name the scenario's name; {@code null} is a violation
   * @param field the field path named in a violation
   * @return the scenario, or why the name is not one
   */
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
