package io.ecrhub.it.reliability;

import io.ecrhub.domain.order.OrderDraft;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One order of a fault soak. Its number and amount depend on the seed and its index only, so that a
 * run with the same seed pays the same orders whichever client happens to take each one.
 *
 * <p>Numbers are {@code K} and eight base-9 digits: all the same length, and free of {@code 9} and
 * {@code x}. The loopback wire's corruption replaces a character with one of its hostile characters
 * (among them {@code 9} and {@code x}), removes one or inserts one, so a corrupted number can never
 * turn into the number of another order of the soak — which would make the terminal count a second
 * {@code pay.order} for an order that the POS sent only once.
 *
 * <p>The cents of most amounts approve normally; the others pick the simulator's test triggers
 * (declines, silence, slow approval, a dropped connection, {@code 108}) so that every path of the
 * payment engine runs under faults. For the silent ones ({@code .94}, which the terminal completes
 * after a while without answering) the cashier gives up at a random moment and closes the order
 * ({@code pay.close}), which the terminal honours only if it has not completed it yet.
 *
 * @param cashierCloses how long after submitting the cashier closes the order, if they do
 */
record SoakOrder(
    int index, String merchantOrderNo, String orderAmount, Optional<Duration> cashierCloses) {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final int NUMBER_DIGITS = 8;
  private static final int SILENT_CENTS = 94;
  private static final int LONGEST_CASHIER_WAIT_MILLIS = 250;

  /** Trigger cents and how often each is drawn, in percent; the rest approve normally. */
  private static final int[][] TRIGGER_PERCENT = {
    {91, 2}, {92, 2}, {93, 2}, {94, 2}, {95, 2}, {96, 2}, {97, 3}
  };

  static SoakOrder plan(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed + GOLDEN_GAMMA * (index + 1L));
    int units = 1 + random.nextInt(499);
    int cents = centsFor(random.nextInt(100), random);
    Optional<Duration> close =
        cents == SILENT_CENTS
            ? Optional.of(Duration.ofMillis(random.nextInt(LONGEST_CASHIER_WAIT_MILLIS)))
            : Optional.empty();
    return new SoakOrder(
        index, number(index), units + "." + (cents < 10 ? "0" : "") + cents, close);
  }

  /** The merchant order number of the order at {@code index}. */
  static String number(int index) {
    String digits = Integer.toString(index, 9);
    if (digits.length() > NUMBER_DIGITS) {
      throw new IllegalArgumentException("too many orders for 8 base-9 digits: " + index);
    }
    return "K" + "0".repeat(NUMBER_DIGITS - digits.length()) + digits;
  }

  OrderDraft draft() {
    return OrderDraft.sale().merchantOrderNo(merchantOrderNo).orderAmount(orderAmount);
  }

  private static int centsFor(int percentile, SplittableRandom random) {
    int threshold = 0;
    for (int[] trigger : TRIGGER_PERCENT) {
      threshold += trigger[1];
      if (percentile < threshold) {
        return trigger[0];
      }
    }
    // .00 to .77: no trigger. The outcome-truth triggers (.78, .81 to .90) are left to the
    // outcome-truth soak and its table tests: one of them, a report that differs from the order,
    // is indistinguishable from another till's order after this wire duplicates the order's frame
    // and the terminal answers the copy 113 (docs/protocol.md, "An answer must match the order")
    return random.nextInt(78);
  }
}
