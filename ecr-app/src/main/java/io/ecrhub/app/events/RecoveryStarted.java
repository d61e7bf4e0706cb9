package io.ecrhub.app.events;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.util.List;
import java.util.Objects;

/**
 * A recovery of the journal's unfinished orders began.
 *
 * @param terminal the terminal, as the client names it
 * @param trigger why it runs
 * @param orders the unfinished orders of this terminal it claimed and works on, in journal order;
 *     empty when there are none (or the journal could not be read: its {@link RecoveryEnded} says)
 */
public record RecoveryStarted(
    String terminal, RecoveryTrigger trigger, List<MerchantOrderNo> orders) {

  /**
   * Checks the event and copies the orders into an unmodifiable list.
   *
   * @param terminal the terminal, as the client names it
   * @param trigger why it runs
   * @param orders the orders it claimed; not null
   * @throws NullPointerException if any is null, or an order is
   */
  public RecoveryStarted {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(trigger, "trigger");
    orders = List.copyOf(orders);
  }
}
