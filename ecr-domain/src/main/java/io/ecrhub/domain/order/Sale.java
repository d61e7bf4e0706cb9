package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** A sale ({@code trans_type} 1), optionally with a tip and fuel lines. */
public record Sale(
    MerchantOrderNo merchantOrderNo,
    Amount orderAmount,
    Option<Amount> tipAmount,
    Seq<ForecourtItem> forecourtData,
    OrderOptions options)
    implements PaymentOrder {

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
