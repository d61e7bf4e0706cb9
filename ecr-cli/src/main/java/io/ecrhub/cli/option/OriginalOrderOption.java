package io.ecrhub.cli.option;

import io.ecrhub.domain.order.OrderDraft;
import picocli.CommandLine.Option;

/** {@code --orig-order-no}: the order a void, refund, completion or pre-auth cancel acts on. */
public final class OriginalOrderOption {

  @Option(
      names = "--orig-order-no",
      paramLabel = "NO",
      description = "orig_merchant_order_no: the order this one acts on.")
  String original;

  /**
   * Hands {@code --orig-order-no} to {@code draft} as typed, {@code null} when not given; the draft
   * judges it.
   *
   * @param draft the order being built
   */
  public void applyTo(OrderDraft draft) {
    draft.origMerchantOrderNo(original);
  }
}
