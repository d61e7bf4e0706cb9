package io.ecrhub.simulator.internal;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.wire.TransactionData;
import io.ecrhub.simulator.OutcomeTrigger;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a test trigger makes the terminal report an order otherwise than the order was: the report of
 * a payment that was not made as ordered ({@code .87}–{@code .90}), and a cancel reported with
 * status 3 ({@code .78}). The order's answer and every query report the same thing.
 */
public final class ReportedAs {

  private ReportedAs() {}

  /**
   * {@code reported} as {@code trigger} alters it; unchanged for every other trigger.
   *
   * @param trigger the order's test trigger
   * @param reported the {@code biz_data} the terminal would report without the trigger
   * @return the data to report instead
   */
  public static TransactionData alter(OutcomeTrigger trigger, TransactionData reported) {
    return switch (trigger) {
      case REPORTS_OTHER_AMOUNT -> withAmount(reported, new BigDecimal("0.01"));
      case REPORTS_OTHER_TYPE -> withType(reported, "3");
      case REPORTS_ADDED_TIP -> withTip(reported, new BigDecimal("500.00"));
      case REPORTS_UNREADABLE_AMOUNT -> unreadableAmount(reported);
      case CANCEL_REPORTED_CANCELLED ->
          reported.transStatus() != null
                  && reported.transStatus().equals(TransactionStatus.COMPLETED.code())
              ? withStatus(reported, TransactionStatus.CANCELLED.code())
              : reported;
      default -> reported;
    };
  }

  private static TransactionData withAmount(TransactionData data, BigDecimal amount) {
    return copy(
        data, data.transType(), amount, data.tipAmount(), data.transStatus(), data.extraFields());
  }

  private static TransactionData withType(TransactionData data, String type) {
    return copy(
        data, type, data.orderAmount(), data.tipAmount(), data.transStatus(), data.extraFields());
  }

  private static TransactionData withTip(TransactionData data, BigDecimal tip) {
    return copy(
        data, data.transType(), data.orderAmount(), tip, data.transStatus(), data.extraFields());
  }

  private static TransactionData withStatus(TransactionData data, String status) {
    return copy(
        data, data.transType(), data.orderAmount(), data.tipAmount(), status, data.extraFields());
  }

  /**
   * {@code "order_amount":"1e999999"}: as a decimal it would be a million digits long, so it is
   * written as raw JSON among the extra fields, in place of the typed amount.
   */
  private static TransactionData unreadableAmount(TransactionData data) {
    Map<String, JsonValue> extras = new LinkedHashMap<>();
    extras.put("order_amount", Json.createValue("1e999999"));
    extras.putAll(data.extraFields());
    return copy(data, data.transType(), null, data.tipAmount(), data.transStatus(), extras);
  }

  private static TransactionData copy(
      TransactionData data,
      String type,
      BigDecimal amount,
      BigDecimal tip,
      String status,
      Map<String, JsonValue> extras) {
    return new TransactionData(
        type,
        data.merchantOrderNo(),
        data.origMerchantOrderNo(),
        amount,
        tip,
        data.cashbackAmount(),
        data.payMethodId(),
        data.payScenario(),
        data.attach(),
        data.transNo(),
        status,
        data.transEndTime(),
        extras);
  }
}
