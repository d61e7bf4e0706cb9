package io.ecrhub.simulator.internal;

import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.simulator.LedgerEntry;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * How a terminal of the vendor's dialect reads what the vendor's own JSON SDK sends, where that
 * differs from the seed. Each reading is a documented leniency (README, "Leniencies"); anything
 * else is read as the seed writes it.
 *
 * <ul>
 *   <li>{@code ecrhub.pay.close} naming the order {@code merchantOrderNo}, as the SDK's close
 *       request does, is read as {@code merchant_order_no} (when that is absent);
 *   <li>a void ({@code trans_type} 2) without {@code order_amount}, as the SDK sends it, voids its
 *       original's full amount — when the terminal knows the original.
 * </ul>
 */
public final class VendorReading {

  /** The close request's field as the vendor's JSON SDK 1.0.0 names it. */
  static final String SDK_CLOSE_ORDER_NO = "merchantOrderNo";

  private VendorReading() {}

  /**
   * The request as the vendor's terminal reads it.
   *
   * @param ledger the terminal's orders by number, for a void's original
   * @param message the request as read from the wire
   * @return the request with the vendor SDK's spellings read as the seed's; {@code message} itself
   *     when nothing applies
   */
  public static InboundMessage interpret(
      InboundMessage message, Function<String, Option<LedgerEntry>> ledger) {
    WireObject biz = message.biz();
    if (message.topic().equals(Topic.PAY_CLOSE)
        && OrderScreening.rawText(biz, "merchant_order_no") == null) {
      String sdkSpelling = OrderScreening.rawText(biz, SDK_CLOSE_ORDER_NO);
      return sdkSpelling == null
          ? message
          : message.withBizData(biz.with("merchant_order_no", sdkSpelling));
    }
    if (message.topic().equals(Topic.PAY_ORDER) && isVoidWithoutAmount(biz)) {
      String original = OrderScreening.rawText(biz, "orig_merchant_order_no");
      return original == null
          ? message
          : ledger
              .apply(original)
              .map(
                  entry ->
                      message.withBizData(
                          biz.with("order_amount", entry.orderAmount().value().toPlainString())))
              .getOrElse(message);
    }
    return message;
  }

  private static boolean isVoidWithoutAmount(WireObject biz) {
    String type = OrderScreening.rawText(biz, "trans_type");
    return type != null
        && TransactionType.of(type).equals(TransactionType.VOID)
        && OrderScreening.rawText(biz, "order_amount") == null;
  }
}
