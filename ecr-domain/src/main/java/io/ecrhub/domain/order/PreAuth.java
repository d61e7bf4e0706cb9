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
 * A pre-authorisation ({@code trans_type} 4): funds reserved, taken later by a {@link Completion}.
 */
public record PreAuth(
    MerchantOrderNo merchantOrderNo,
    Amount orderAmount,
    Option<Amount> tipAmount,
    Seq<ForecourtItem> forecourtData,
    OrderOptions options)
    implements PaymentOrder {

  public PreAuth {
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
    return TransactionType.PRE_AUTH;
  }
}
