package io.ecrhub.it.reliability;

import io.ecrhub.transport.testkit.fault.Direction;
import io.ecrhub.transport.testkit.fault.FaultAction;
import io.ecrhub.transport.testkit.fault.Frame;
import io.ecrhub.transport.testkit.fault.FrameObserver;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the soak's wire without keeping frames (a 100,000-order soak sends about a million):
 * counts the faults of each kind and, per merchant order number, the {@code pay.order} frames the
 * POS sent and the extra copies the wire made of them.
 *
 * <p>The counts of sent frames see the text as the POS sent it, before the wire damages it, so they
 * are exact: they are the evidence for "the POS never sent an order twice", and the extra copies
 * tell how many {@code pay.order} the terminal may have received beyond the one sent.
 */
final class SoakWireTap implements FrameObserver {

  private static final String PAY_ORDER = "\"topic\":\"ecrhub.pay.order\"";
  private static final Pattern ORDER_NO = Pattern.compile("\"merchant_order_no\":\"([^\"]*)\"");

  private final ConcurrentMap<String, LongAdder> faults = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Integer> payOrdersSent = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Integer> payOrderCopies = new ConcurrentHashMap<>();
  private final Set<String> corruptedAnswers = ConcurrentHashMap.newKeySet();
  private final Set<String> corruptedOrders = ConcurrentHashMap.newKeySet();
  private final LongAdder frames = new LongAdder();

  @Override
  public void onSent(Frame frame, FaultAction action) {
    frames.increment();
    if (!(action instanceof FaultAction.Deliver)) {
      String kind = frame.direction() + " " + action.getClass().getSimpleName();
      faults.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }
    if (frame.direction() == Direction.CLIENT_TO_SERVER && frame.text().contains(PAY_ORDER)) {
      String number = orderNumber(frame);
      payOrdersSent.merge(number, 1, Integer::sum);
      if (action instanceof FaultAction.Duplicate) {
        payOrderCopies.merge(number, 1, Integer::sum);
      } else if (action instanceof FaultAction.CorruptSeeded) {
        corruptedOrders.add(number);
      }
    } else if (frame.direction() == Direction.SERVER_TO_CLIENT
        && action instanceof FaultAction.CorruptSeeded) {
      corruptedAnswers.add(orderNumber(frame));
    }
  }

  /** How many {@code pay.order} frames the POS sent for {@code merchantOrderNo}. */
  int payOrdersSent(String merchantOrderNo) {
    return payOrdersSent.getOrDefault(merchantOrderNo, 0);
  }

  /**
   * Whether the wire damaged a {@code pay.order} for {@code merchantOrderNo} on its way to the
   * terminal. The damage may leave a valid order for another amount — {@code "120.03"} with a digit
   * lost is {@code "120.0"} — which the terminal then charges: the POS must report that as a
   * mismatch, never as approved.
   */
  boolean orderCorrupted(String merchantOrderNo) {
    return corruptedOrders.contains(merchantOrderNo);
  }

  /** How many extra copies of those frames the wire delivered (its duplicate fault). */
  int payOrderCopies(String merchantOrderNo) {
    return payOrderCopies.getOrDefault(merchantOrderNo, 0);
  }

  /**
   * Whether the wire damaged an answer about {@code merchantOrderNo}. The damage may leave a valid
   * message with another {@code trans_no}: no check of the POS can tell, as with a terminal whose
   * firmware garbles a field, so the soak compares {@code trans_no} only where it did not.
   */
  boolean answerCorrupted(String merchantOrderNo) {
    return corruptedAnswers.contains(merchantOrderNo);
  }

  /** How many {@code pay.order} frames the wire delivered twice, over all orders. */
  int payOrdersCopied() {
    return payOrderCopies.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Every fault the wire applied, by direction and kind, e.g. "CLIENT_TO_SERVER Drop" → 31. */
  Map<String, Long> faults() {
    Map<String, Long> snapshot = new TreeMap<>();
    faults.forEach((kind, count) -> snapshot.put(kind, count.sum()));
    return snapshot;
  }

  /** How often a fault of {@code kind} (e.g. {@code FaultAction.Drop.class}) hit any frame. */
  long faultCount(Class<? extends FaultAction> kind) {
    return faults().entrySet().stream()
        .filter(entry -> entry.getKey().endsWith(" " + kind.getSimpleName()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  long frames() {
    return frames.sum();
  }

  private static String orderNumber(Frame frame) {
    Matcher number = ORDER_NO.matcher(frame.text());
    return number.find() ? number.group(1) : "";
  }
}
