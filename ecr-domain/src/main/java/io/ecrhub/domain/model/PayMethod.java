package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A payment method id ({@code biz_data.pay_method_id}), e.g. {@code Visa}. An open set: a terminal
 * may return methods no table names ({@code PayMethod.of("FooPay")}), and they are kept as data.
 */
public record PayMethod(String id) {

  public static final PayMethod VISA = new PayMethod("Visa");
  public static final PayMethod MASTERCARD = new PayMethod("MasterCard");
  public static final PayMethod AMEX = new PayMethod("Amex");
  public static final PayMethod DISCOVER = new PayMethod("Discover");
  public static final PayMethod JCB = new PayMethod("JCB");
  public static final PayMethod DINERS_CLUB = new PayMethod("DinersClub");
  public static final PayMethod UNION_PAY = new PayMethod("UnionPay");
  public static final PayMethod ALIPAY = new PayMethod("Alipay");
  public static final PayMethod ALIPAY_PLUS = new PayMethod("Alipay+");
  public static final PayMethod WECHAT_PAY = new PayMethod("WeChatPay");
  public static final PayMethod MY_DEBIT = new PayMethod("MyDebit");

  public PayMethod {
    OpenName.require(id, "pay method id");
  }

  /** A pay method id, known or not; throws only on a blank or absurd value. */
  public static PayMethod of(String id) {
    return new PayMethod(id);
  }

  /** Validates a pay method id given by a POS, naming {@code field} on failure. */
  public static Validation<Seq<Violation>, PayMethod> of(String id, String field) {
    return OpenName.isValid(id)
        ? Validation.valid(new PayMethod(id))
        : Checks.invalid(
            field,
            "must be a payment method id such as Visa (1 to "
                + OpenName.MAX_LENGTH
                + " printable characters), got "
                + Checks.quote(id));
  }

  @Override
  public String toString() {
    return id;
  }
}
