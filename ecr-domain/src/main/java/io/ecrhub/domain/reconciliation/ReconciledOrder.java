package io.ecrhub.domain.reconciliation;

import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.result.PaymentOutcome;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One order of a reconciliation: the journal's entry as it was found, what the terminal says, and
 * how the two compare.
 *
 * @param journal the journal's entry before the reconciliation touched it
 * @param terminal what the terminal says of the order now, when it was asked
 * @param agreement how they compare
 * @param settled the outcome the engine settled an unfinished order with during the reconciliation
 *     ({@link Agreement#SETTLED}, or an unknown one for {@link Agreement#UNANSWERED})
 * @param explanation one sentence for the back office: {@code "journal APPROVED, terminal 000,
 *     status 1: closed — the terminal charged nothing"}
 */
public record ReconciledOrder(
    JournalEntry journal,
    Option<TerminalView> terminal,
    Agreement agreement,
    Option<PaymentOutcome> settled,
    String explanation) {

  /**
   * Checks that every component is present.
   *
   * @param journal the journal's entry before the reconciliation
   * @param terminal what the terminal says, or none when it was not asked
   * @param agreement how they compare
   * @param settled the outcome settled during the reconciliation, or none
   * @param explanation one sentence for the back office
   * @throws NullPointerException if any is null
   */
  public ReconciledOrder {
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(settled, "settled");
    Objects.requireNonNull(explanation, "explanation");
  }
}
