package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.JournalEntry;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The fields of an order that a terminal's report of it must agree with: what was sent, whether it
 * comes from the order in hand or, after a restart, from the journal.
 */
record SentOrder(
    MerchantOrderNo merchantOrderNo,
    TransactionType type,
    Amount orderAmount,
    Option<Amount> tipAmount,
    Option<Amount> cashbackAmount,
    Option<MerchantOrderNo> origMerchantOrderNo) {

  SentOrder {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(orderAmount, "orderAmount");
    Objects.requireNonNull(tipAmount, "tipAmount");
    Objects.requireNonNull(cashbackAmount, "cashbackAmount");
    Objects.requireNonNull(origMerchantOrderNo, "origMerchantOrderNo");
  }

  static SentOrder of(PaymentOrder order) {
    return new SentOrder(
        order.merchantOrderNo(),
        order.type(),
        order.orderAmount(),
        order.tipAmount(),
        order.cashbackAmount(),
        order.origMerchantOrderNo());
  }

  static SentOrder of(JournalEntry entry) {
    return new SentOrder(
        entry.merchantOrderNo(),
        entry.type(),
        entry.orderAmount(),
        entry.tipAmount(),
        entry.cashbackAmount(),
        entry.origMerchantOrderNo());
  }

  /** "a sale of 20.34", for sentences. */
  String describe() {
    return type.label() + " of " + orderAmount;
  }
}
