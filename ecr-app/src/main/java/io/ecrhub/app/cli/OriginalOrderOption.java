package io.ecrhub.app.cli;

import io.ecrhub.domain.order.OrderDraft;
import picocli.CommandLine.Option;

/** {@code --orig-order-no}: the order a void, refund, completion or pre-auth cancel acts on. */
final class OriginalOrderOption {

  @Option(
      names = "--orig-order-no",
      paramLabel = "NO",
      description = "orig_merchant_order_no: the order this one acts on.")
  String original;

  void applyTo(OrderDraft draft) {
    draft.origMerchantOrderNo(original);
  }
}
