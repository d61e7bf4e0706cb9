package io.ecrhub.app.events;

import io.ecrhub.domain.order.PaymentOrder;
import java.util.Objects;

/**
 * A valid order was handed to the payment engine: it journals the order, then sends it — or refuses
 * it at once (the terminal is busy, the number was used, the journal is unavailable), which its
 * {@link OutcomeDecided} then says.
 *
 * @param terminal the terminal, as the client names it
 * @param order the order
 */
public record OrderSubmitted(String terminal, PaymentOrder order) {

  /**
   * Checks that both components are present.
   *
   * @param terminal the terminal, as the client names it
   * @param order the order
   * @throws NullPointerException if either is null
   */
  public OrderSubmitted {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(order, "order");
  }
}
