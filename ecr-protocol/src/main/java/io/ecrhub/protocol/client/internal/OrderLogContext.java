package io.ecrhub.protocol.client.internal;

import io.vavr.control.Option;
import org.slf4j.MDC;

/**
 * Puts the merchant order number a log line is about into the SLF4J MDC under {@value #KEY}, so
 * that a POS's logging backend can show it on every line about the order ({@code
 * %X{merchant_order_no}} in a Logback or Log4j pattern) and filter by it.
 */
public final class OrderLogContext {

  /** The MDC key of the merchant order number. */
  public static final String KEY = "merchant_order_no";

  private OrderLogContext() {}

  /**
   * Runs {@code logging} with {@code merchantOrderNo} in the MDC, then puts back what was there
   * before; with no number, runs it as it is.
   *
   * @param merchantOrderNo the order the log lines are about; empty to leave the MDC alone
   * @param logging runs on the calling thread; what it throws propagates after the MDC is restored
   */
  public static void run(Option<String> merchantOrderNo, Runnable logging) {
    if (merchantOrderNo.isEmpty()) {
      logging.run();
      return;
    }
    String previous = MDC.get(KEY);
    MDC.put(KEY, merchantOrderNo.get());
    try {
      logging.run();
    } finally {
      if (previous == null) {
        MDC.remove(KEY);
      } else {
        MDC.put(KEY, previous);
      }
    }
  }

  /**
   * {@link #run(Option, Runnable)} for one order.
   *
   * @param merchantOrderNo the order the log lines are about; null to leave the MDC alone
   * @param logging runs on the calling thread
   */
  public static void run(String merchantOrderNo, Runnable logging) {
    run(Option.of(merchantOrderNo), logging);
  }
}
