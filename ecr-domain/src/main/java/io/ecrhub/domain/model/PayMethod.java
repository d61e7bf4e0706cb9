package io.ecrhub.domain.model;

import io.ecrhub.domain.validation.Checks;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A payment method id ({@code biz_data.pay_method_id}), e.g. {@code Visa}. An open set: a terminal
 * may return methods no table names ({@code PayMethod.of("FooPay")}), and they are kept as data.
 *
 * @param id the method's id as the protocol writes it, e.g. {@code Visa}
 */
public record PayMethod(String id) {

  /** Visa cards. */
  public static final PayMethod VISA = new PayMethod("Visa");

  /** Mastercard cards. */
  public static final PayMethod MASTERCARD = new PayMethod("MasterCard");

  /** American Express cards. */
  public static final PayMethod AMEX = new PayMethod("Amex");

  /** Discover cards. */
  public static final PayMethod DISCOVER = new PayMethod("Discover");

  /** JCB cards. */
  public static final PayMethod JCB = new PayMethod("JCB");

  /** Diners Club cards. */
  public static final PayMethod DINERS_CLUB = new PayMethod("DinersClub");

  /** UnionPay cards. */
  public static final PayMethod UNION_PAY = new PayMethod("UnionPay");

  /** The Alipay wallet. */
  public static final PayMethod ALIPAY = new PayMethod("Alipay");

  /** Alipay+ wallets. */
  public static final PayMethod ALIPAY_PLUS = new PayMethod("Alipay+");

  /** The WeChat Pay wallet. */
  public static final PayMethod WECHAT_PAY = new PayMethod("WeChatPay");

  /** MyDebit, Malaysia's domestic debit scheme. */
  public static final PayMethod MY_DEBIT = new PayMethod("MyDebit");

  /**
   * Checks the id: not blank, at most 64 characters, no control characters.
   *
   * @param id the method's id, case as the terminal writes it
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is blank, too long or has control characters
   */
  public PayMethod {
    OpenName.require(id, "pay method id");
  }

  /**
   * A pay method id, known or not; throws only on a blank or absurd value.
   *
   * @param id the method's id
   * @return the method
   * @throws IllegalArgumentException if {@code id} is blank, too long or has control characters
   */
  public static PayMethod of(String id) {
    return new PayMethod(id);
  }

  /**
   * Validates a pay method id given by a POS, naming {@code field} on failure.
   *
   * @param id the method's id; {@code null} is a violation
   * @param field the field path named in a violation
   * @return the method, or why the id is not one
   */
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
