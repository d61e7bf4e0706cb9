package io.ecrhub.app.events;

import io.ecrhub.domain.result.PaymentOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recovery ended, with what it found — the way a POS learns the outcomes of the orders a crash
 * left behind when {@code connect()} recovers them in the background, and the way it learns that
 * such a recovery failed.
 *
 * @param terminal the terminal, as the client names it
 * @param trigger why it ran
 * @param outcomes the outcome of every order it recovered, in journal order; empty when it failed
 * @param failure why it failed — e.g. the journal could not be read: the orders stay unfinished
 */
public record RecoveryEnded(
    String terminal,
    RecoveryTrigger trigger,
    List<PaymentOutcome> outcomes,
    Optional<Throwable> failure) {

  /**
   * Checks the event and copies the outcomes into an unmodifiable list.
   *
   * @param terminal the terminal, as the client names it
   * @param trigger why it ran
   * @param outcomes the outcome of every order it recovered; not null
   * @param failure why it failed, or empty
   * @throws NullPointerException if any is null, or an outcome is
   */
  public RecoveryEnded {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(trigger, "trigger");
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * Whether the recovery failed before it could settle anything.
   *
   * @return whether {@link #failure()} is present
   */
  public boolean failed() {
    return failure.isPresent();
  }

  /**
   * How many recovered orders still have no known outcome: they stay unfinished.
   *
   * @return the count of {@link PaymentOutcome.Unknown} outcomes; 0 when it failed
   */
  public int unsettled() {
    return (int) outcomes.stream().filter(PaymentOutcome.Unknown.class::isInstance).count();
  }
}
