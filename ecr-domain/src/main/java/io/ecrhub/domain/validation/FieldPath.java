package io.ecrhub.domain.validation;

/**
 * The protocol field paths that violations name. They are the seed's field names, so that a
 * violation reported by this SDK, a log line and the terminal's own message all say the same.
 */
public final class FieldPath {

  /** The request's business data as a whole, for a violation no single field is to blame for. */
  public static final String BIZ_DATA = "biz_data";

  /** The transaction type code. */
  public static final String TRANS_TYPE = "biz_data.trans_type";

  /** The order's merchant order number. */
  public static final String MERCHANT_ORDER_NO = "biz_data.merchant_order_no";

  /** The original order's number, on a void, refund, completion or pre-auth cancel. */
  public static final String ORIG_MERCHANT_ORDER_NO = "biz_data.orig_merchant_order_no";

  /** The order amount, in major units. */
  public static final String ORDER_AMOUNT = "biz_data.order_amount";

  /** The tip, in major units. */
  public static final String TIP_AMOUNT = "biz_data.tip_amount";

  /** The cash back, in major units. */
  public static final String CASHBACK_AMOUNT = "biz_data.cashback_amount";

  /** The payment method the order is restricted to. */
  public static final String PAY_METHOD_ID = "biz_data.pay_method_id";

  /** How the customer pays. */
  public static final String PAY_SCENARIO = "biz_data.pay_scenario";

  /** Merchant data the terminal returns as is. */
  public static final String ATTACH = "biz_data.attach";

  /** The description of the goods or service. */
  public static final String DESCRIPTION = "biz_data.description";

  /** The gateway's callback URL. */
  public static final String NOTIFY_URL = "biz_data.notify_url";

  /** Seconds until the order may no longer be paid. */
  public static final String EXPIRES = "biz_data.expires";

  /** The confirm-on-terminal flag. */
  public static final String CONFIRM_ON_TERMINAL = "biz_data.confirm_on_terminal";

  /** The flag asking for manager authorisation on the terminal. */
  public static final String REQUIRED_TERMINAL_AUTHENTICATION =
      "biz_data.required_terminal_authentication";

  /** The fuel lines as a whole; see {@link #forecourtItem} for one line's field. */
  public static final String FORECOURT_DATA = "biz_data.forecourt_data";

  /** The transaction status a terminal reports. */
  public static final String TRANS_STATUS = "biz_data.trans_status";

  private FieldPath() {}

  /**
   * The path of one forecourt item's field: {@code biz_data.forecourt_data[1].quantity}.
   *
   * @param index the line's position, counted from 0 as given
   * @param field the line's field name: {@code code}, {@code quantity} or {@code amount}
   * @return the field path
   */
  public static String forecourtItem(int index, String field) {
    return FORECOURT_DATA + "[" + index + "]." + field;
  }
}
