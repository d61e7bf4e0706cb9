package io.ecrhub.domain.order;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ForecourtItem;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A {@code pay.order} request that is valid by construction. Each transaction type is its own
 * record holding only the fields that make sense for it: a {@link Refund} has no tip, a {@link
 * Sale} has no original order, a {@link CashbackSale} always has a cashback amount.
 *
 * <p>Build one from typed values with the record's constructor (which throws on a broken rule), or
 * from raw input with {@link OrderDraft}, which reports every violation at once.
 */
public sealed interface PaymentOrder
    permits Sale, CashbackSale, PreAuth, Completion, VoidOrder, Refund, PreAuthCancel {

  /**
   * {@code biz_data.trans_type}.
   *
   * @return the type this record stands for; fixed per record class
   */
  TransactionType type();

  /**
   * {@code biz_data.merchant_order_no}: the number of this new order.
   *
   * @return the order's number
   */
  MerchantOrderNo merchantOrderNo();

  /**
   * {@code biz_data.order_amount}, in major units.
   *
   * @return the amount to charge (or refund, void, complete)
   */
  Amount orderAmount();

  /**
   * {@code biz_data.orig_merchant_order_no}: the order this one voids, refunds or completes.
   *
   * @return the original order's number; none for types without one
   */
  default Option<MerchantOrderNo> origMerchantOrderNo() {
    return Option.none();
  }

  /**
   * {@code biz_data.tip_amount}.
   *
   * @return the tip, or none
   */
  default Option<Amount> tipAmount() {
    return Option.none();
  }

  /**
   * {@code biz_data.cashback_amount}.
   *
   * @return the cash back; present only on a cashback sale
   */
  default Option<Amount> cashbackAmount() {
    return Option.none();
  }

  /**
   * {@code biz_data.forecourt_data}: fuel lines whose amounts add up to the order amount.
   *
   * @return the fuel lines; empty when none were given
   */
  default Seq<ForecourtItem> forecourtData() {
    return List.empty();
  }

  /**
   * The optional fields every order type may carry.
   *
   * @return the options; {@link OrderOptions#NONE} when none are set
   */
  OrderOptions options();
}
