package io.ecrhub.domain.validation;

/**
 * The protocol field paths that violations name. They are the seed's field names, so that a
 * violation reported by this SDK, a log line and the terminal's own message all say the same.
 */
public final class FieldPath {

  public static final String BIZ_DATA = "biz_data";
  public static final String TRANS_TYPE = "biz_data.trans_type";
  public static final String MERCHANT_ORDER_NO = "biz_data.merchant_order_no";
  public static final String ORIG_MERCHANT_ORDER_NO = "biz_data.orig_merchant_order_no";
  public static final String ORDER_AMOUNT = "biz_data.order_amount";
  public static final String TIP_AMOUNT = "biz_data.tip_amount";
  public static final String CASHBACK_AMOUNT = "biz_data.cashback_amount";
  public static final String PAY_METHOD_ID = "biz_data.pay_method_id";
  public static final String PAY_SCENARIO = "biz_data.pay_scenario";
  public static final String ATTACH = "biz_data.attach";
  public static final String DESCRIPTION = "biz_data.description";
  public static final String NOTIFY_URL = "biz_data.notify_url";
  public static final String EXPIRES = "biz_data.expires";
  public static final String CONFIRM_ON_TERMINAL = "biz_data.confirm_on_terminal";
  public static final String REQUIRED_TERMINAL_AUTHENTICATION =
      "biz_data.required_terminal_authentication";
  public static final String FORECOURT_DATA = "biz_data.forecourt_data";
  public static final String TRANS_STATUS = "biz_data.trans_status";

  private FieldPath() {}

  /** The path of one forecourt item's field: {@code biz_data.forecourt_data[1].quantity}. */
  public static String forecourtItem(int index, String field) {
    return FORECOURT_DATA + "[" + index + "]." + field;
  }
}
