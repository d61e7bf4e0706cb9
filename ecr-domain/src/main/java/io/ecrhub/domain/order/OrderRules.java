package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.ViolationCollector;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The rules that span several fields of an order. The order records enforce them in their
 * constructors and {@link OrderDraft} reports them with the field violations, so there is one
 * definition of each rule. A {@code null} argument means "that field did not parse": the rule is
 * then skipped, the field's own violation already says what is wrong.
 */
final class OrderRules {

  private OrderRules() {}

  static void orderAmountIsPositive(Amount orderAmount, ViolationCollector violations) {
    if (orderAmount != null) {
      violations.check(orderAmount.isPositive(), FieldPath.ORDER_AMOUNT, "must be more than zero");
    }
  }

  static void cashbackIsPositive(Amount cashback, ViolationCollector violations) {
    if (cashback != null) {
      violations.check(
          cashback.isPositive(),
          FieldPath.CASHBACK_AMOUNT,
          "must be more than zero for a cashback sale");
    }
  }

  static void originalDiffers(
      MerchantOrderNo order, MerchantOrderNo original, ViolationCollector violations) {
    if (order != null && original != null) {
      violations.check(
          !order.equals(original),
          FieldPath.ORIG_MERCHANT_ORDER_NO,
          "must differ from merchant_order_no: the new order needs its own number, got "
              + original
              + " for both");
    }
  }

  static void sameScale(
      Amount orderAmount, Amount other, String field, ViolationCollector violations) {
    if (orderAmount != null && other != null) {
      violations.check(
          orderAmount.scale() == other.scale(),
          field,
          "must use the same currency scale as order_amount");
    }
  }

  /**
   * At most {@link ForecourtItem#MAX_ITEMS} fuel lines: with every other field at its limit too, an
   * order then always fits in one frame, so that no order can be too long to send.
   */
  static void forecourtFits(Seq<ForecourtItem> items, ViolationCollector violations) {
    if (items != null) {
      violations.check(
          items.size() <= ForecourtItem.MAX_ITEMS,
          FieldPath.FORECOURT_DATA,
          "must have at most " + ForecourtItem.MAX_ITEMS + " items, got " + items.size());
    }
  }

  /**
   * The seed's rule: the forecourt item amounts (in minor units) add up to {@code order_amount}.
   * When they differ, both sums are reported so that the cashier sees which one is off.
   */
  static void forecourtAddsUp(
      Seq<ForecourtItem> items, Amount orderAmount, ViolationCollector violations) {
    if (items == null || items.isEmpty() || orderAmount == null) {
      return;
    }
    long itemsTotal = items.map(ForecourtItem::amountMinorUnits).fold(0L, Math::addExact);
    long orderTotal = orderAmount.minorUnits();
    violations.check(
        itemsTotal == orderTotal,
        FieldPath.FORECOURT_DATA,
        "item amounts add up to "
            + itemsTotal
            + " cents but order_amount "
            + orderAmount.toWire()
            + " is "
            + orderTotal
            + " cents");
  }

  /** Throws with every violation collected, for the records' constructors. */
  static void enforce(ViolationCollector violations) {
    Checks.orThrow(violations.andThen(() -> Boolean.TRUE));
  }

  static void requireFields(Object... fields) {
    for (Object field : fields) {
      Objects.requireNonNull(field);
    }
  }
}
