package io.ecrhub.it.truth;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fields of an order a terminal's ledger keeps and reports, as wire text: what the POS sent, or
 * what the terminal charged under the order's number.
 *
 * @param tipAmount null when none
 * @param cashbackAmount null when none
 * @param origMerchantOrderNo null when none
 */
record SentFacts(
    String merchantOrderNo,
    String transType,
    String orderAmount,
    String tipAmount,
    String cashbackAmount,
    String origMerchantOrderNo) {

  SentFacts {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(transType, "transType");
    Objects.requireNonNull(orderAmount, "orderAmount");
  }

  static SentFacts fromRequest(JsonObject biz) {
    return new SentFacts(
        biz.getString("merchant_order_no"),
        biz.getString("trans_type"),
        biz.getString("order_amount"),
        biz.getString("tip_amount", null),
        biz.getString("cashback_amount", null),
        biz.getString("orig_merchant_order_no", null));
  }

  /** Whether {@code other} is this same order, by value (7 equals 7.00; absent tip equals 0). */
  boolean sameAs(SentFacts other) {
    return merchantOrderNo.equals(other.merchantOrderNo)
        && transType.equals(other.transType)
        && sameAmount(orderAmount, other.orderAmount)
        && sameAmount(orZero(tipAmount), orZero(other.tipAmount))
        && sameAmount(orZero(cashbackAmount), orZero(other.cashbackAmount))
        && Objects.equals(origMerchantOrderNo, other.origMerchantOrderNo);
  }

  SentFacts withOrderAmount(String value) {
    return new SentFacts(
        merchantOrderNo, transType, value, tipAmount, cashbackAmount, origMerchantOrderNo);
  }

  SentFacts withTransType(String value) {
    return new SentFacts(
        merchantOrderNo, value, orderAmount, tipAmount, cashbackAmount, origMerchantOrderNo);
  }

  SentFacts withTipAmount(String value) {
    return new SentFacts(
        merchantOrderNo, transType, orderAmount, value, cashbackAmount, origMerchantOrderNo);
  }

  /** The transaction fields of a response's {@code biz_data}, without status. */
  JsonObjectBuilder toWire() {
    JsonObjectBuilder biz =
        Json.createObjectBuilder()
            .add("merchant_order_no", merchantOrderNo)
            .add("trans_type", transType)
            .add("order_amount", orderAmount);
    if (tipAmount != null) {
      biz.add("tip_amount", tipAmount);
    }
    if (cashbackAmount != null) {
      biz.add("cashback_amount", cashbackAmount);
    }
    if (origMerchantOrderNo != null) {
      biz.add("orig_merchant_order_no", origMerchantOrderNo);
    }
    return biz;
  }

  private static String orZero(String amount) {
    return amount == null ? "0" : amount;
  }

  private static boolean sameAmount(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0
          && a.length() < 40
          && b.length() < 40;
    } catch (NumberFormatException unreadable) {
      return false;
    }
  }
}
