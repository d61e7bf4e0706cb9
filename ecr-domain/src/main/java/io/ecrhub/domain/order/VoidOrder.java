package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;

/**
 * A void ({@code trans_type} 2): cancels a completed purchase, {@code original}, before settlement.
 * Named {@code VoidOrder} because {@code java.lang.Void} takes the short name.
 *
 * @param merchantOrderNo the void's own number
 * @param original the number of the purchase to void
 * @param orderAmount the amount voided, in major units
 * @param options the optional fields
 */
public record VoidOrder(
    MerchantOrderNo merchantOrderNo,
    MerchantOrderNo original,
    Amount orderAmount,
    OrderOptions options)
    implements PaymentOrder {

  /**
   * Checks the void's rules.
   *
   * @param merchantOrderNo the void's own number
   * @param original the purchase to void; must differ from {@code merchantOrderNo}
   * @param orderAmount the amount voided; above zero
   * @param options the optional fields
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public VoidOrder {
    OrderRules.requireFields(merchantOrderNo, original, orderAmount, options);
    ViolationCollector violations = new ViolationCollector();
    OrderRules.orderAmountIsPositive(orderAmount, violations);
    OrderRules.originalDiffers(merchantOrderNo, original, violations);
    OrderRules.enforce(violations);
  }

  @Override
  public TransactionType type() {
    return TransactionType.VOID;
  }

  @Override
  public Option<MerchantOrderNo> origMerchantOrderNo() {
    return Option.of(original);
  }
}
