package io.ecrhub.app.cli;

import io.ecrhub.domain.order.OrderDraft;
import picocli.CommandLine.Option;

/** {@code --cashback}: the cash handed out with a cashback sale. */
final class CashbackOption {

  @Option(
      names = "--cashback",
      paramLabel = "AMOUNT",
      description = "cashback_amount: the cash handed to the customer, e.g. 20.00.")
  String cashback;

  void applyTo(OrderDraft draft) {
    draft.cashbackAmount(cashback);
  }
}
