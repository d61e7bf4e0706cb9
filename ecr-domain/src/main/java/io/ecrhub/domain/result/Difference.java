package io.ecrhub.domain.result;

import java.util.Objects;

/**
 * One way in which what the terminal reports differs from the order that was sent.
 *
 * @param field the protocol field, as the wire names it ({@code order_amount})
 * @param sent what the order said, or {@code "(none)"} when it did not send the field
 * @param reported what the terminal reported, as it wrote it
 */
public record Difference(String field, String sent, String reported) {

  /**
   * Checks that every component is present.
   *
   * @param field the protocol field
   * @param sent what the order said, or {@code "(none)"}
   * @param reported what the terminal reported
   * @throws NullPointerException if any is null
   */
  public Difference {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(reported, "reported");
  }

  /** {@code order_amount 0.01 (sent 7.00)}. */
  @Override
  public String toString() {
    return field + " " + reported + " (sent " + sent + ")";
  }
}
