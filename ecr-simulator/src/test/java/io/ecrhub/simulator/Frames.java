package io.ecrhub.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request frames as a POS writes them: real JSON text, built field by field. */
final class Frames {

  static final String APP_ID = "wpos-test-app";
  private static final String TIMESTAMP = "1739327779762";

  private Frames() {}

  static String payOrder(Biz biz) {
    return envelope("ecrhub.pay.order", APP_ID, null, biz.toJson());
  }

  static String payOrder(String appId, String requestId, Biz biz) {
    return envelope("ecrhub.pay.order", appId, requestId, biz.toJson());
  }

  static String query(String merchantOrderNo) {
    return query(APP_ID, merchantOrderNo);
  }

  static String query(String appId, String merchantOrderNo) {
    return envelope(
        "ecrhub.pay.query",
        appId,
        null,
        Biz.empty().with("merchant_order_no", merchantOrderNo).toJson());
  }

  static String close(String merchantOrderNo) {
    return envelope(
        "ecrhub.pay.close",
        APP_ID,
        null,
        Biz.empty().with("merchant_order_no", merchantOrderNo).toJson());
  }

  static String heartbeat() {
    return "{\"topic\":\"ecrhub.heartbeat\",\"timestamp\":\""
        + TIMESTAMP
        + "\",\"app_id\":\""
        + APP_ID
        + "\"}";
  }

  private static String envelope(String topic, String appId, String requestId, String bizJson) {
    StringBuilder frame = new StringBuilder("{\"topic\":").append(quote(topic));
    if (appId != null) {
      frame.append(",\"app_id\":").append(quote(appId));
    }
    frame.append(",\"timestamp\":").append(quote(TIMESTAMP));
    if (requestId != null) {
      frame.append(",\"request_id\":").append(quote(requestId));
    }
    return frame.append(",\"biz_data\":").append(bizJson).append('}').toString();
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The {@code biz_data} of a request: string fields, or raw JSON where a test needs it. */
  static final class Biz {
    private final Map<String, String> jsonValues = new LinkedHashMap<>();

    static Biz empty() {
      return new Biz();
    }

    static Biz order(String transType, String merchantOrderNo, String orderAmount) {
      return empty()
          .with("trans_type", transType)
          .with("merchant_order_no", merchantOrderNo)
          .with("order_amount", orderAmount);
    }

    static Biz sale(String merchantOrderNo, String orderAmount) {
      return order("1", merchantOrderNo, orderAmount);
    }

    static Biz preAuth(String merchantOrderNo, String orderAmount) {
      return order("4", merchantOrderNo, orderAmount);
    }

    static Biz cashback(String merchantOrderNo, String orderAmount, String cashbackAmount) {
      return order("11", merchantOrderNo, orderAmount).with("cashback_amount", cashbackAmount);
    }

    static Biz voidOf(String original, String merchantOrderNo, String orderAmount) {
      return order("2", merchantOrderNo, orderAmount).with("orig_merchant_order_no", original);
    }

    static Biz refundOf(String original, String merchantOrderNo, String orderAmount) {
      return order("3", merchantOrderNo, orderAmount).with("orig_merchant_order_no", original);
    }

    static Biz preAuthCancelOf(String original, String merchantOrderNo, String orderAmount) {
      return order("5", merchantOrderNo, orderAmount).with("orig_merchant_order_no", original);
    }

    static Biz completionOf(String original, String merchantOrderNo, String orderAmount) {
      return order("6", merchantOrderNo, orderAmount).with("orig_merchant_order_no", original);
    }

    /** A string field. */
    Biz with(String field, String value) {
      jsonValues.put(field, quote(value));
      return this;
    }

    /** A field with raw JSON: a number, an array, an object. */
    Biz withJson(String field, String json) {
      jsonValues.put(field, json);
      return this;
    }

    Biz without(String field) {
      jsonValues.remove(field);
      return this;
    }

    String toJson() {
      StringBuilder json = new StringBuilder("{");
      jsonValues.forEach(
          (name, value) -> {
            if (json.length() > 1) {
              json.append(',');
            }
            json.append(quote(name)).append(':').append(value);
          });
      return json.append('}').toString();
    }
  }
}
