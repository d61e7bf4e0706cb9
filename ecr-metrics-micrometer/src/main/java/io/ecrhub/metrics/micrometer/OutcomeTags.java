package io.ecrhub.metrics.micrometer;

import io.ecrhub.domain.result.PaymentOutcome;

/** The {@code kind} and {@code code} tags of an outcome. */
final class OutcomeTags {

  static final String NONE = "none";

  private OutcomeTags() {}

  /** {@code approved}, {@code declined}, {@code mismatch}, {@code unknown}, … */
  static String kind(PaymentOutcome outcome) {
    return outcome.fold(
        approved -> "approved",
        declined -> "declined",
        mismatch -> "mismatch",
        unknown -> "unknown",
        rejected -> "rejected",
        notSent -> "not_sent");
  }

  /**
   * The terminal's response code where it gave one; for an order not sent, why; {@value #NONE}
   * otherwise. A small, closed set of values, as a tag needs.
   */
  static String code(PaymentOutcome outcome) {
    return outcome.fold(
        approved -> "000",
        declined -> declined.code().code(),
        mismatch -> "000",
        unknown -> NONE,
        rejected -> NONE,
        notSent -> EcrMetrics.lower(notSent.reason().name()));
  }
}
