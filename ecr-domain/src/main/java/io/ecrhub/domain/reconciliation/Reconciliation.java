package io.ecrhub.domain.reconciliation;

import io.ecrhub.domain.port.JournalWindow;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The journal of one terminal over a window, compared order by order with what the terminal says.
 *
 * @param window the journal window that was reconciled
 * @param terminalId the terminal that was asked
 * @param orders every journaled order of the window, oldest first
 */
public record Reconciliation(JournalWindow window, String terminalId, Seq<ReconciledOrder> orders) {

  /**
   * Checks that every component is present.
   *
   * @param window the journal window that was reconciled
   * @param terminalId the terminal that was asked
   * @param orders every journaled order of the window, oldest first
   * @throws NullPointerException if any is null
   */
  public Reconciliation {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(terminalId, "terminalId");
    Objects.requireNonNull(orders, "orders");
  }

  /**
   * Whether the journal and the terminal agree on every order: each one {@link Agreement#AGREES} or
   * was {@link Agreement#SETTLED} now. An order still in flight elsewhere, or one the terminal did
   * not answer for, leaves the question open: not all agree.
   *
   * @return {@code true} also for an empty window
   */
  public boolean allAgree() {
    return orders.forAll(
        order -> order.agreement() == Agreement.AGREES || order.agreement() == Agreement.SETTLED);
  }

  /**
   * How many orders compare as {@code agreement}.
   *
   * @param agreement the kind of comparison to count
   * @return the number of orders that compare so; 0 when none
   */
  public int count(Agreement agreement) {
    return orders.count(order -> order.agreement() == agreement);
  }

  /**
   * The orders on which the journal and the terminal differ.
   *
   * @return the {@link Agreement#DISAGREES} orders, oldest first; empty when none
   */
  public Seq<ReconciledOrder> disagreements() {
    return orders.filter(order -> order.agreement() == Agreement.DISAGREES);
  }

  /**
   * {@link #orders()} as a {@code java.util.List}, for code that does not use Vavr.
   *
   * @return an unmodifiable view of the orders, oldest first
   */
  public java.util.List<ReconciledOrder> orderList() {
    return orders.asJava();
  }

  /**
   * {@link #disagreements()} as a {@code java.util.List}.
   *
   * @return an unmodifiable view of the disagreements, oldest first
   */
  public java.util.List<ReconciledOrder> disagreementList() {
    return disagreements().asJava();
  }

  /**
   * One line: {@code "12 orders: 10 agree, 1 settled now, 1 disagree"}.
   *
   * @return the count of orders and of each agreement that occurs, for a log line or a report
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(orders.size()).append(orders.size() == 1 ? " order" : " orders");
    String separator = ": ";
    for (Agreement agreement : Agreement.values()) {
      int count = count(agreement);
      if (count > 0) {
        text.append(separator)
            .append(count)
            .append(' ')
            .append(agreement.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        separator = ", ";
      }
    }
    return text.toString();
  }
}
