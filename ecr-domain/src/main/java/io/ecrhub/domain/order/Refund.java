package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;

/**
 * A refund ({@code trans_type} 3) of part or all of {@code original}. The merchant order number is
 * the refund's own, different from the original's.
 */
public record Refund(
    MerchantOrderNo merchantOrderNo,
    MerchantOrderNo original,
    Amount orderAmount,
    OrderOptions options)
    implements PaymentOrder {

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
