package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Whether a transaction the terminal reports is the order that was sent. Compared: the order
 * number, {@code trans_type}, {@code order_amount}, the original's number, and tip and cashback —
 * where sent, or where the terminal added one unasked. A field the report leaves out is not a
 * difference; a field it carries but that cannot be read is one, never a default.
 */
final class OrderMatch {

  private static final String NONE = "(none)";

  private OrderMatch() {}

  /** Every difference between the order sent and the report; empty when they agree. */
  static Seq<Difference> differences(SentOrder sent, TransactionResult reported) {
    List<Difference> differences = List.empty();
    if (!reported.merchantOrderNo().equals(sent.merchantOrderNo())) {
      differences =
          differences.append(
              new Difference(
                  "merchant_order_no",
                  sent.merchantOrderNo().value(),
                  reported.merchantOrderNo().value()));
    }
    differences = differences.appendAll(type(sent.type(), reported));
    differences =
        differences.appendAll(
            requiredAmount("order_amount", sent.orderAmount(), reported.orderAmount(), reported));
    differences =
        differences.appendAll(
            optionalAmount("tip_amount", sent.tipAmount(), reported.tipAmount(), reported));
    differences =
        differences.appendAll(
            optionalAmount(
                "cashback_amount", sent.cashbackAmount(), reported.cashbackAmount(), reported));
    differences = differences.appendAll(original(sent.origMerchantOrderNo(), reported));
    return differences;
  }

  private static Option<Difference> type(TransactionType sent, TransactionResult reported) {
    return reported
        .type()
        .filter(type -> !type.equals(sent))
        .map(type -> new Difference("trans_type", sent.code(), type.code()));
  }

  private static Option<Difference> requiredAmount(
      String field, Amount sent, Option<Amount> reported, TransactionResult result) {
    if (unreadable(field, result)) {
      return Option.some(
          new Difference(field, sent.toWire(), result.extraFields().get(field).get()));
    }
    return reported
        .filter(amount -> amount.value().compareTo(sent.value()) != 0)
        .map(amount -> new Difference(field, sent.toWire(), amount.toWire()));
  }

  private static Option<Difference> optionalAmount(
      String field, Option<Amount> sent, Option<Amount> reported, TransactionResult result) {
    String sentText = sent.map(Amount::toWire).getOrElse(NONE);
    if (unreadable(field, result)) {
      return Option.some(new Difference(field, sentText, result.extraFields().get(field).get()));
    }
    if (reported.isEmpty()) {
      return Option.none();
    }
    Amount amount = reported.get();
    boolean differs =
        sent.isDefined()
            ? amount.value().compareTo(sent.get().value()) != 0
            // added by the terminal unasked: a zero is the absence of one, anything else is not
            : amount.value().signum() != 0;
    return differs ? Option.some(new Difference(field, sentText, amount.toWire())) : Option.none();
  }

  private static Option<Difference> original(
      Option<MerchantOrderNo> sent, TransactionResult reported) {
    if (unreadable("orig_merchant_order_no", reported)) {
      return Option.some(
          new Difference(
              "orig_merchant_order_no",
              sent.map(MerchantOrderNo::value).getOrElse(NONE),
              reported.extraFields().get("orig_merchant_order_no").get()));
    }
    return reported
        .origMerchantOrderNo()
        .filter(original -> !sent.contains(original))
        .map(
            original ->
                new Difference(
                    "orig_merchant_order_no",
                    sent.map(MerchantOrderNo::value).getOrElse(NONE),
                    original.value()));
  }

  /**
   * The protocol mapping keeps a known field whose value it could not read among the extra fields,
   * with the JSON text the terminal sent; a known field there is therefore an unreadable one.
   */
  private static boolean unreadable(String field, TransactionResult result) {
    return result.extraFields().containsKey(field);
  }
}
