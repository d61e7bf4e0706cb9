package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;

/**
 * A refund ({@code trans_type} 3) of part or all of {@code original}. The merchant order number is
 * the refund's own, different from the original's.
 *
 * @param merchantOrderNo the refund's own number
 * @param original the number of the order refunded
 * @param orderAmount the amount to refund, in major units
 * @param options the optional fields
 */
public record Refund(
    MerchantOrderNo merchantOrderNo,
    MerchantOrderNo original,
    Amount orderAmount,
    OrderOptions options)
    implements PaymentOrder {

  /**
   * Checks the refund's rules.
   *
   * @param merchantOrderNo the refund's own number
   * @param original the order refunded; must differ from {@code merchantOrderNo}
   * @param orderAmount the amount to refund; above zero
   * @param options the optional fields
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public Refund {
    OrderRules.requireFields(merchantOrderNo, original, orderAmount, options);
    ViolationCollector violations = new ViolationCollector();
    OrderRules.orderAmountIsPositive(orderAmount, violations);
    OrderRules.originalDiffers(merchantOrderNo, original, violations);
    OrderRules.enforce(violations);
  }

  @Override
  public TransactionType type() {
    return TransactionType.REFUND;
  }

  @Override
  public Option<MerchantOrderNo> origMerchantOrderNo() {
    return Option.of(original);
  }
}
