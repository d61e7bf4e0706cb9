package io.ecrhub.app.events;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.result.PaymentOutcome;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an order is decided.
 *
 * @param terminal the terminal, as the client names it
 * @param merchantOrderNo the order's number; empty only for an order rejected before it had a valid
 *     one
 * @param outcome the outcome, with {@code decidedBy()} saying why
 * @param source which work decided it
 * @param elapsed for a submitted order, the time from {@code submit} to the outcome
 */
public record OutcomeDecided(
    String terminal,
    Optional<MerchantOrderNo> merchantOrderNo,
    PaymentOutcome outcome,
    OutcomeSource source,
    Optional<Duration> elapsed) {

  /**
   * Checks that every component is present.
   *
   * @param terminal the terminal, as the client names it
   * @param merchantOrderNo the order's number, or empty
   * @param outcome the outcome
   * @param source which work decided it
   * @param elapsed the time from {@code submit} to the outcome, or empty
   * @throws NullPointerException if any is null
   */
  public OutcomeDecided {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Whether the order still has no known outcome ({@link PaymentOutcome.Unknown}): it stays
   * unfinished in the journal, for a later recovery.
   *
   * @return {@code true} for an {@link PaymentOutcome.Unknown} outcome
   */
  public boolean leavesOrderUnfinished() {
    return outcome instanceof PaymentOutcome.Unknown;
  }
}
