package io.ecrhub.simulator;

import java.util.Objects;

/**
 * Why a person's {@link OrderDecision} was not carried out: no such order, or it is no longer in
 * progress. Nothing changed.
 *
 * @param merchantOrderNo the order named, as given
 * @param reason a sentence for the person, e.g. {@code "order A1 is already completed"}
 */
public record DecisionRefused(String merchantOrderNo, String reason) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param merchantOrderNo the order named, as given
   * @param reason a sentence for the person, e.g. {@code "order A1 is already completed"}
   */
  public DecisionRefused {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(reason, "reason");
  }
}
