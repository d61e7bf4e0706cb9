package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;

/**
 * A pre-authorisation cancel ({@code trans_type} 5): releases reserved funds. The seed does not
 * require the original order number here, so {@code original} is optional.
 *
 * @param merchantOrderNo the cancel's own number
 * @param original the pre-authorisation cancelled, or none
 * @param orderAmount the amount released, in major units
 * @param options the optional fields
 */
public record PreAuthCancel(
    MerchantOrderNo merchantOrderNo,
    Option<MerchantOrderNo> original,
    Amount orderAmount,
    OrderOptions options)
    implements PaymentOrder {

  /**
   * Checks the cancel's rules.
   *
   * @param merchantOrderNo the cancel's own number
   * @param original the pre-authorisation cancelled, or none; when given, must differ from {@code
   *     merchantOrderNo}
   * @param orderAmount the amount released; above zero
   * @param options the optional fields
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public PreAuthCancel {
    OrderRules.requireFields(merchantOrderNo, original, orderAmount, options);
    ViolationCollector violations = new ViolationCollector();
    OrderRules.orderAmountIsPositive(orderAmount, violations);
    original.forEach(orig -> OrderRules.originalDiffers(merchantOrderNo, orig, violations));
    OrderRules.enforce(violations);
  }

  @Override
  public TransactionType type() {
    return TransactionType.PRE_AUTH_CANCEL;
  }

  @Override
  public Option<MerchantOrderNo> origMerchantOrderNo() {
    return original;
  }
}
