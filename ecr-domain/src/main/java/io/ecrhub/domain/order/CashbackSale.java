package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.control.Option;

/** A sale with cashback ({@code trans_type} 11): the customer also takes cash out. */
public record CashbackSale(
    MerchantOrderNo merchantOrderNo,
    Amount orderAmount,
    Amount cashback,
    Option<Amount> tipAmount,
    OrderOptions options)
    implements PaymentOrder {

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
