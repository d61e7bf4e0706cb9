package io.ecrhub.simulator.internal;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.mapping.internal.TransactionMapping;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.ecrhub.protocol.wire.TransactionData;
import io.ecrhub.simulator.LedgerEntry;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The {@code biz_data} of the simulator's answers. Every answer names the {@code merchant_order_no}
 * it is about, because a POS matches answers to requests by topic and that number when the terminal
 * does not echo {@code request_id}.
 */
public final class WireEcho {

  private WireEcho() {}

  /**
   * An order as the ledger has it: the request's fields, {@code trans_no} and the status.
   *
   * @param entry the order's current ledger entry
   * @return the {@code biz_data} reporting the order as it stands
   */
  public static TransactionData transaction(LedgerEntry entry) {
    return echo(
        entry.order(),
        entry.payMethod(),
        entry.payScenario(),
        entry.transNo(),
        entry.status().code(),
        entry.endTime().map(TransactionMapping.END_TIME::format).getOrNull());
  }

  /**
   * A valid order echoed without any transaction state: the answer to an order that never started
   * ({@code 113}, {@code 101}, {@code 104}, …) or whose outcome the terminal does not tell ({@code
   * 108}).
   *
   * @param order the validated request
   * @return the request's fields, without {@code trans_no}, {@code trans_status} or {@code
   *     trans_end_time}
   */
  public static TransactionData request(PaymentOrder order) {
    return echo(
        order, order.options().payMethod(), order.options().payScenario(), null, null, null);
  }

  /**
   * The order's own fields, with the transaction state given ({@code null} where there is none).
   */
  private static TransactionData echo(
      PaymentOrder order,
      Option<PayMethod> payMethod,
      Option<PayScenario> payScenario,
      String transNo,
      String transStatus,
      String transEndTime) {
    return new TransactionData(
        order.type().code(),
        order.merchantOrderNo().value(),
        order.origMerchantOrderNo().map(MerchantOrderNo::value).getOrNull(),
        order.orderAmount().value(),
        decimal(order.tipAmount()),
        decimal(order.cashbackAmount()),
        payMethod.map(PayMethod::id).getOrNull(),
        payScenario.map(PayScenario::name).getOrNull(),
        order.options().attach().getOrNull(),
        transNo,
        transStatus,
        transEndTime,
        Map.of());
  }

  /**
   * The identifying fields of a request that is not a valid order, as sent: its amounts may not
   * even be numbers, so only the type, the order numbers and {@code attach} are echoed.
   *
   * @param biz the request's {@code biz_data}
   * @return the identifying fields as sent; {@code null} for those absent
   */
  public static TransactionData rawRequest(WireObject biz) {
    return new TransactionData(
        OrderScreening.rawText(biz, "trans_type"),
        OrderScreening.rawText(biz, "merchant_order_no"),
        OrderScreening.rawText(biz, "orig_merchant_order_no"),
        null,
        null,
        null,
        null,
        null,
        OrderScreening.rawText(biz, "attach"),
        null,
        null,
        null,
        Map.of());
  }

  /**
   * The {@code biz_data} of {@code pay.close} answers and of a {@code pay.query} {@code 104}.
   *
   * @param merchantOrderNo the order's number as sent; may be {@code null}
   * @return the {@code biz_data} naming only that number
   */
  public static OrderNumberData orderNumber(String merchantOrderNo) {
    return new OrderNumberData(merchantOrderNo);
  }

  private static BigDecimal decimal(Option<Amount> amount) {
    return amount.map(Amount::value).getOrNull();
  }
}
