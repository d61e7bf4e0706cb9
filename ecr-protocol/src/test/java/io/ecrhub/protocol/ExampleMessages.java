package io.ecrhub.protocol;

/** The vendor's published example messages, verbatim (PROTOCOL.md, "Example messages"). */
public final class ExampleMessages {

  public static final String ORDER_REQUEST =
      "{\"app_id\":\"yourappid\",\"timestamp\":\"1739327779762\",\"topic\":\"ecrhub.pay.order\","
          + "\"biz_data\":{\"trans_type\":\"1\",\"expires\":30,\"merchant_order_no\":\"20241118210100\","
          + "\"order_amount\":\"20.34\",\"notify_url\":\"https://m.website.com/notify\","
          + "\"pay_scenario\":\"SWIPE_CARD\"}}";

  public static final String ORDER_RESPONSE =
      "{\"app_id\":\"yourappid\",\"topic\":\"ecrhub.pay.order\",\"response_code\":\"000\","
          + "\"response_msg\":\"Success\",\"biz_data\":{\"confirm_on_terminal\":false,\"expires\":30,"
          + "\"merchant_order_no\":\"20241118210100\",\"order_amount\":\"20.34\",\"pay_method_id\":\"Visa\","
          + "\"pay_scenario\":\"SWIPE_CARD\",\"trans_end_time\":\"2025-01-13 14:36:09\","
          + "\"trans_no\":\"5021000010210602000003\",\"trans_status\":\"2\",\"trans_type\":\"1\"}}";

  public static final String QUERY_REQUEST =
      "{\"app_id\":\"yourappid\",\"timestamp\":\"1739327779762\",\"topic\":\"ecrhub.pay.query\","
          + "\"biz_data\":{\"merchant_order_no\":\"20241118210100\"}}";

  public static final String CLOSE_REQUEST =
      "{\"app_id\":\"yourappid\",\"timestamp\":\"1739327779762\",\"topic\":\"ecrhub.pay.close\","
          + "\"biz_data\":{\"merchant_order_no\":\"20241118210100\"}}";

  public static final String CLOSE_RESPONSE =
      "{\"app_id\":\"yourappid\",\"topic\":\"ecrhub.pay.close\",\"response_code\":\"000\","
          + "\"response_msg\":\"\",\"biz_data\":{\"merchant_order_no\":\"20241118210100\"}}";

  public static final String HEARTBEAT =
      "{\"topic\":\"ecrhub.heartbeat\",\"timestamp\":\"1739327779762\",\"app_id\":\"yourappid\"}";

  private ExampleMessages() {}
}
