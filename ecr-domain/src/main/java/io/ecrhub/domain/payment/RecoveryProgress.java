package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.result.PaymentOutcome;
import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a recovery ({@link PaymentService#recover(RecoveryProgress)}) tells its caller while it
 * runs, so that a POS can show each order as it is settled instead of waiting for the last one.
 *
 * <p>Called on the threads that decide — the caller's for {@link #claimed}, the gateway's and the
 * scheduler's for {@link #settled} — one order at a time each; the calls must return quickly. A
 * failure they throw is the watcher's own: the recovery goes on.
 */
public interface RecoveryProgress {

  /** Tells nothing. */
  RecoveryProgress SILENT = new RecoveryProgress() {};

  /**
   * Hands each outcome to {@code eachSettled} as soon as its order is settled; tells no claims.
   *
   * @param eachSettled called with each outcome; not null
   * @return a progress that forwards outcomes only
   */
  static RecoveryProgress eachSettled(Consumer<? super PaymentOutcome> eachSettled) {
    Objects.requireNonNull(eachSettled, "eachSettled");
    return new RecoveryProgress() {
      @Override
      public void settled(PaymentOutcome outcome) {
        eachSettled.accept(outcome);
      }
    };
  }

  /**
   * The orders this recovery works on, in journal order, once each is claimed and before any
   * outcome is reported: the journal's unfinished orders of the terminal that no other process and
   * no other work of this service holds.
   *
   * @param orders the claimed orders; empty when there is nothing to recover
   */
  default void claimed(Seq<MerchantOrderNo> orders) {}

  /**
   * The outcome of one of the claimed orders, as soon as it is known.
   *
   * @param outcome the order's outcome
   */
  default void settled(PaymentOutcome outcome) {}
}
