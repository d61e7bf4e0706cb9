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
 * A sale ({@code trans_type} 1), optionally with a tip and fuel lines.
 *
 * @param merchantOrderNo the sale's own number
 * @param orderAmount the amount to charge, in major units
 * @param tipAmount the tip, at the order amount's scale, or none
 * @param forecourtData fuel lines whose amounts add up to the order amount; empty for none
 * @param options the optional fields
 */
public record Sale(
    MerchantOrderNo merchantOrderNo,
    Amount orderAmount,
    Option<Amount> tipAmount,
    Seq<ForecourtItem> forecourtData,
    OrderOptions options)
    implements PaymentOrder {

  /**
   * Checks the sale's rules.
   *
   * @param merchantOrderNo the sale's own number
   * @param orderAmount the amount to charge; above zero
   * @param tipAmount the tip, at the order amount's scale, or none
   * @param forecourtData at most {@value io.ecrhub.domain.model.ForecourtItem#MAX_ITEMS} fuel lines
   *     adding up to the order amount; empty for none
   * @param options the optional fields
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public Sale {
    OrderRules.requireFields(merchantOrderNo, orderAmount, tipAmount, forecourtData, options);
    ViolationCollector violations = new ViolationCollector();
    OrderRules.orderAmountIsPositive(orderAmount, violations);
    tipAmount.forEach(
        tip -> OrderRules.sameScale(orderAmount, tip, FieldPath.TIP_AMOUNT, violations));
    OrderRules.forecourtFits(forecourtData, violations);
    OrderRules.forecourtAddsUp(forecourtData, orderAmount, violations);
    OrderRules.enforce(violations);
  }

  @Override
  public TransactionType type() {
    return TransactionType.SALE;
  }
}
