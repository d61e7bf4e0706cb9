package io.ecrhub.domain.validation;

import java.util.Objects;

/**
 * One reason an input is invalid.
 *
 * @param field the protocol field path, e.g. {@code biz_data.forecourt_data[1].quantity}, so that a
 *     POS can point at the exact input and a log line can be matched to the wire message
 * @param message a sentence a cashier's supervisor can read, e.g. "must not be negative"
 */
public record Violation(String field, String message) {

  /**
   * Checks that both components are present.
   *
   * @param field the protocol field path
   * @param message a readable sentence fragment
   * @throws NullPointerException if either is null
   */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** The violation as one line: {@code biz_data.order_amount: must not be negative}. */
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
