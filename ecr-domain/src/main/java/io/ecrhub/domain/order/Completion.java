package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A pre-authorisation completion ({@code trans_type} 6): takes the funds a {@link PreAuth}
 * reserved. {@code original} is the pre-authorisation's merchant order number.
 *
 * @param merchantOrderNo the completion's own number
 * @param original the pre-authorisation's number
 * @param orderAmount the amount to take, in major units
 * @param tipAmount the tip, at the order amount's scale, or none
 * @param forecourtData fuel lines whose amounts add up to the order amount; empty for none
 * @param options the optional fields
 */
public record Completion(
    MerchantOrderNo merchantOrderNo,
    MerchantOrderNo original,
    Amount orderAmount,
    Option<Amount> tipAmount,
    Seq<ForecourtItem> forecourtData,
    OrderOptions options)
    implements PaymentOrder {

  /**
   * Checks the completion's rules.
   *
   * @param merchantOrderNo the completion's own number
   * @param original the pre-authorisation's number; must differ from {@code merchantOrderNo}
   * @param orderAmount the amount to take; above zero
   * @param tipAmount the tip, at the order amount's scale, or none
   * @param forecourtData at most {@value io.ecrhub.domain.model.ForecourtItem#MAX_ITEMS} fuel lines
   *     adding up to the order amount; empty for none
   * @param options the optional fields
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public Completion {
    OrderRules.requireFields(
        merchantOrderNo, original, orderAmount, tipAmount, forecourtData, options);
    ViolationCollector violations = new ViolationCollector();
    OrderRules.orderAmountIsPositive(orderAmount, violations);
    OrderRules.originalDiffers(merchantOrderNo, original, violations);
    tipAmount.forEach(
        tip -> OrderRules.sameScale(orderAmount, tip, FieldPath.TIP_AMOUNT, violations));
    OrderRules.forecourtFits(forecourtData, violations);
    OrderRules.forecourtAddsUp(forecourtData, orderAmount, violations);
    OrderRules.enforce(violations);
  }

  @Override
  public TransactionType type() {
    return TransactionType.COMPLETION;
  }

  @Override
  public Option<MerchantOrderNo> origMerchantOrderNo() {
    return Option.of(original);
  }
}
