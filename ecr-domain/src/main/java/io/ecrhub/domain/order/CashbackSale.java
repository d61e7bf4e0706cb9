package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;

/**
 * A sale with cashback ({@code trans_type} 11): the customer also takes cash out.
 *
 * @param merchantOrderNo the sale's own number
 * @param orderAmount the amount to charge, in major units
 * @param cashback the cash handed out, in major units
 * @param tipAmount the tip, at the order amount's scale, or none
 * @param options the optional fields
 */
public record CashbackSale(
    MerchantOrderNo merchantOrderNo,
    Amount orderAmount,
    Amount cashback,
    Option<Amount> tipAmount,
    OrderOptions options)
    implements PaymentOrder {

  /**
   * Checks the cashback sale's rules.
   *
   * @param merchantOrderNo the sale's own number
   * @param orderAmount the amount to charge; above zero
   * @param cashback the cash handed out; above zero, at the order amount's scale
   * @param tipAmount the tip, at the order amount's scale, or none
   * @param options the optional fields
   * @throws NullPointerException if any is null
   * @throws io.ecrhub.domain.validation.InvalidInputException naming every broken rule
   */
  public CashbackSale {
    OrderRules.requireFields(merchantOrderNo, orderAmount, cashback, tipAmount, options);
    ViolationCollector violations = new ViolationCollector();
    OrderRules.orderAmountIsPositive(orderAmount, violations);
    OrderRules.cashbackIsPositive(cashback, violations);
    OrderRules.sameScale(orderAmount, cashback, FieldPath.CASHBACK_AMOUNT, violations);
    tipAmount.forEach(
        tip -> OrderRules.sameScale(orderAmount, tip, FieldPath.TIP_AMOUNT, violations));
    OrderRules.enforce(violations);
  }

  @Override
  public TransactionType type() {
    return TransactionType.CASHBACK;
  }

  @Override
  public Option<Amount> cashbackAmount() {
    return Option.of(cashback);
  }
}
