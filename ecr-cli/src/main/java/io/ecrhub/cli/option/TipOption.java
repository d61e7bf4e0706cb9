package io.ecrhub.cli.option;

import io.ecrhub.domain.order.OrderDraft;
import picocli.CommandLine.Option;

/** {@code --tip}: on sales, pre-authorisations, completions and cashback sales. */
public final class TipOption {

  @Option(names = "--tip", paramLabel = "AMOUNT", description = "tip_amount, e.g. 2.00.")
  String tip;

  /**
   * Hands {@code --tip} to {@code draft} as typed, {@code null} when not given; the draft judges
   * it.
   *
   * @param draft the order being built
   */
  public void applyTo(OrderDraft draft) {
    draft.tipAmount(tip);
  }
}
