package io.ecrhub.cli.option;

import io.ecrhub.domain.order.OrderDraft;
import picocli.CommandLine.Option;

/** {@code --cashback}: the cash handed out with a cashback sale. */
public final class CashbackOption {

  @Option(
      names = "--cashback",
      paramLabel = "AMOUNT",
      description = "cashback_amount: the cash handed to the customer, e.g. 20.00.")
  String cashback;

  /**
   * Hands {@code --cashback} to {@code draft} as typed, {@code null} when not given; the draft
   * judges it.
   *
   * @param draft the order being built
   */
  public void applyTo(OrderDraft draft) {
    draft.cashbackAmount(cashback);
  }
}
