package io.ecrhub.simulator;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.protocol.terminal.TerminalResponse;
import io.ecrhub.simulator.internal.Refusal;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The simulated terminal's own record: every order it accepted, by merchant order number, with its
 * current state, and how many {@code pay.order} frames arrived for each number. Tests and the
 * fault-soak and crash suites read it to check what really happened at the terminal — above all
 * that no order was ever sent twice ({@link #payOrdersReceived(String)} is 1).
 *
 * <p>Thread-safe: every connection of the simulator and its timer threads share one ledger, and
 * every change is atomic (a duplicate order number cannot slip in between a check and its record).
 * The read methods return snapshots.
 */
public final class TerminalLedger {

  private static final String TRANS_NO_PREFIX = "5021";
  private static final int TRANS_NO_COUNTER_DIGITS = 18;

  /** How many numbers of refused orders the ledger counts frames for, at most. */
  static final int MAX_REFUSED_NUMBERS = 10_000;

  /** A "number" longer than this is not counted by itself: no number is that long. */
  static final int MAX_COUNTED_NUMBER_LENGTH = 2 * MerchantOrderNo.MAX_LENGTH;

  private final Object lock = new Object();
  private final Map<MerchantOrderNo, TrackedOrder> orders = new LinkedHashMap<>();
  private final Map<MerchantOrderNo, java.util.List<MerchantOrderNo>> followUps = new HashMap<>();
  private final Map<String, MerchantOrderNo> busyConnections = new HashMap<>();

  /** Frames per number of an accepted order: kept as long as the order is (the ledger's record). */
  private final Map<String, Integer> payOrdersByNumber = new HashMap<>();

  /**
   * Frames per number the terminal did not (yet) accept: a refused order's, or any short string a
   * POS sent as a number. Bounded, oldest forgotten first, so that a POS sending invalid numbers
   * for days cannot make the simulator grow.
   */
  private final Map<String, Integer> payOrdersByRefusedNumber =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > MAX_REFUSED_NUMBERS;
        }
      };

  private int payOrders;
  private long transNoCounter;
  private final Runnable changed;

  /** An empty ledger. */
  public TerminalLedger() {
    this(() -> {});
  }

  /**
   * @param changed told after every change of an order, outside the ledger's lock
   */
  TerminalLedger(Runnable changed) {
    this.changed = Objects.requireNonNull(changed, "changed");
  }

  /**
   * The order with this merchant order number, as it stands now.
   *
   * @param merchantOrderNo the number to look up
   * @return the order's current entry, or none when the terminal never accepted that number
   */
  public Option<LedgerEntry> find(MerchantOrderNo merchantOrderNo) {
    synchronized (lock) {
      return Option.of(orders.get(merchantOrderNo)).map(tracked -> tracked.entry);
    }
  }

  /**
   * The order with this merchant order number; none also for a number that is not valid.
   *
   * @param merchantOrderNo the number as sent; may be invalid or {@code null}
   * @return the order's current entry, or none
   */
  public Option<LedgerEntry> find(String merchantOrderNo) {
    return MerchantOrderNo.of(merchantOrderNo).toOption().flatMap(this::find);
  }

  /**
   * Every order the terminal accepted, in the order they arrived.
   *
   * @return a snapshot of the accepted orders, oldest first
   */
  public Seq<LedgerEntry> orders() {
    synchronized (lock) {
      return List.ofAll(orders.values()).map(tracked -> tracked.entry);
    }
  }

  /**
   * How many accepted orders are in {@code status} now.
   *
   * @param status the status to count
   * @return the number of accepted orders currently in {@code status}
   */
  public int count(TransactionStatus status) {
    synchronized (lock) {
      return (int) orders.values().stream().filter(t -> t.entry.status().equals(status)).count();
    }
  }

  /**
   * How many {@code pay.order} frames named this {@code merchant_order_no}, whatever their fate —
   * refused ones included. A POS that never re-sends an order makes this 1 for every number. The
   * counts of numbers the terminal never accepted are kept for the last {@value
   * #MAX_REFUSED_NUMBERS} such numbers only, and none for a "number" longer than {@value
   * #MAX_COUNTED_NUMBER_LENGTH} characters: refused input never makes the simulator grow.
   *
   * @param merchantOrderNo the number as sent on the wire
   * @return the number of {@code pay.order} frames that named it; 0 when none (or forgotten)
   */
  public int payOrdersReceived(String merchantOrderNo) {
    synchronized (lock) {
      Integer accepted = payOrdersByNumber.get(merchantOrderNo);
      return accepted != null
          ? accepted
          : payOrdersByRefusedNumber.getOrDefault(merchantOrderNo, 0);
    }
  }

  /**
   * How many {@code pay.order} frames reached the terminal's logic, refused ones included. Frames
   * the protocol layer could not read at all (not JSON, wrong types) are answered there and not
   * counted.
   *
   * @return the number of {@code pay.order} frames handled since the simulator started
   */
  public int payOrdersReceived() {
    synchronized (lock) {
      return payOrders;
    }
  }

  /**
   * How many numbers the ledger keeps a frame count for: bounded by the accepted orders plus
   * {@value #MAX_REFUSED_NUMBERS}.
   */
  int numbersCounted() {
    synchronized (lock) {
      return payOrdersByNumber.size() + payOrdersByRefusedNumber.size();
    }
  }

  /** Counts one {@code pay.order} frame; {@code rawMerchantOrderNo} as sent, null when absent. */
  void payOrderReceived(String rawMerchantOrderNo) {
    synchronized (lock) {
      payOrders++;
      if (rawMerchantOrderNo == null || rawMerchantOrderNo.length() > MAX_COUNTED_NUMBER_LENGTH) {
        return; // counted in payOrdersReceived() only: no number is that long
      }
      if (payOrdersByNumber.containsKey(rawMerchantOrderNo)) {
        payOrdersByNumber.merge(rawMerchantOrderNo, 1, Integer::sum); // an accepted order again
      } else {
        payOrdersByRefusedNumber.merge(rawMerchantOrderNo, 1, Integer::sum);
      }
    }
  }

  /**
   * Accepts {@code order} as processing (status 0), or says why not: {@code 113} for a number
   * already used, {@code 101} while this connection's previous order is processing, and the {@link
   * FollowUpRules}.
   *
   * @param pendingAnswer the answer to complete when the order settles; null when it is never
   *     answered
   * @param receivedAt when the terminal took it, for the screen
   */
  Either<Refusal, LedgerEntry> admit(
      PaymentOrder order,
      String connectionId,
      CompletableFuture<TerminalResponse> pendingAnswer,
      Instant receivedAt) {
    Either<Refusal, LedgerEntry> admitted =
        admitLocked(order, connectionId, pendingAnswer, receivedAt);
    if (admitted.isRight()) {
      changed.run();
    }
    return admitted;
  }

  private Either<Refusal, LedgerEntry> admitLocked(
      PaymentOrder order,
      String connectionId,
      CompletableFuture<TerminalResponse> pendingAnswer,
      Instant receivedAt) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    synchronized (lock) {
      MerchantOrderNo number = order.merchantOrderNo();
      if (orders.containsKey(number)) {
        return Either.left(
            new Refusal(
                ResponseCode.DUPLICATE_ORDER_NO,
                "merchant_order_no " + number + " was already used for an order"));
      }
      MerchantOrderNo busyWith = busyConnections.get(connectionId);
      if (busyWith != null) {
        return Either.left(
            new Refusal(
                ResponseCode.IN_PROGRESS,
                "order " + busyWith + " is still processing on this connection"));
      }
      Option<Refusal> followUpRefusal = FollowUpRules.check(order, originals());
      if (followUpRefusal.isDefined()) {
        return Either.left(followUpRefusal.get());
      }
      LedgerEntry entry =
          new LedgerEntry(order, TransactionStatus.PROCESSING, nextTransNo(), Option.none());
      orders.put(number, new TrackedOrder(entry, connectionId, pendingAnswer, receivedAt));
      // accepted: its count is kept with the order from now on, never forgotten
      Integer counted = payOrdersByRefusedNumber.remove(number.value());
      if (counted != null) {
        payOrdersByNumber.put(number.value(), counted);
      }
      order
          .origMerchantOrderNo()
          .forEach(
              original -> followUps.computeIfAbsent(original, k -> new ArrayList<>()).add(number));
      busyConnections.put(connectionId, number);
      return Either.right(entry);
    }
  }

  /**
   * Moves a processing order to its final {@code status}; none when the order is not processing any
   * more (a close came first). A void or a pre-authorisation cancel that completes cancels its
   * original (status 3).
   */
  Option<Transition> settle(MerchantOrderNo number, TransactionStatus status, LocalDateTime now) {
    Option<Transition> settled;
    synchronized (lock) {
      settled = settleLocked(number, status, now);
    }
    if (settled.isDefined()) {
      changed.run();
    }
    return settled;
  }

  /** Called under the lock. */
  private Option<Transition> settleLocked(
      MerchantOrderNo number, TransactionStatus status, LocalDateTime now) {
    TrackedOrder tracked = orders.get(number);
    if (tracked == null || !tracked.entry.status().equals(TransactionStatus.PROCESSING)) {
      return Option.none();
    }
    tracked.entry =
        status.isCompleted() ? tracked.entry.completedAt(now) : tracked.entry.withStatus(status);
    busyConnections.remove(tracked.connectionId, number);
    if (status.isCompleted() && cancelsOriginal(tracked.entry.type())) {
      tracked.entry.origMerchantOrderNo().forEach(this::cancel);
    }
    return Option.some(
        new Transition(TransactionStatus.PROCESSING, tracked.entry, tracked.takeAnswer()));
  }

  /**
   * A {@code pay.close}: a processing order becomes closed (status 1); any other order is left as
   * it is. None when there is no such order.
   */
  Option<Transition> close(MerchantOrderNo number) {
    Option<Transition> closed;
    synchronized (lock) {
      TrackedOrder tracked = orders.get(number);
      if (tracked == null) {
        return Option.none();
      }
      closed = settleLocked(number, TransactionStatus.CLOSED, null);
      if (closed.isEmpty()) {
        return Option.some(new Transition(tracked.entry.status(), tracked.entry, Option.none()));
      }
    }
    changed.run();
    return closed;
  }

  /**
   * Hands out the unanswered {@code pay.order} reply of a processing order, so that nobody answers
   * it any more (a terminal that stays silent, or whose connection dropped); none when there is
   * none.
   */
  Option<CompletableFuture<TerminalResponse>> takeAnswer(MerchantOrderNo number) {
    synchronized (lock) {
      TrackedOrder tracked = orders.get(number);
      return tracked == null || !tracked.entry.status().equals(TransactionStatus.PROCESSING)
          ? Option.none()
          : tracked.takeAnswer();
    }
  }

  /** Every order with where and when it arrived, in the order they arrived: for the screen. */
  java.util.List<Arrival> arrivals() {
    synchronized (lock) {
      return orders.values().stream()
          .map(tracked -> new Arrival(tracked.entry, tracked.connectionId, tracked.receivedAt))
          .toList();
    }
  }

  private void cancel(MerchantOrderNo original) {
    TrackedOrder tracked = orders.get(original);
    if (tracked != null && tracked.entry.status().isCompleted()) {
      tracked.entry = tracked.entry.withStatus(TransactionStatus.CANCELLED);
    }
  }

  private FollowUpRules.Originals originals() {
    return new FollowUpRules.Originals() {
      @Override
      public Option<LedgerEntry> find(MerchantOrderNo number) {
        return Option.of(orders.get(number)).map(tracked -> tracked.entry);
      }

      @Override
      public BigDecimal committed(MerchantOrderNo number) {
        return committedAgainst(number);
      }
    };
  }

  /** Called under the lock: see {@link FollowUpRules} for what counts. */
  private BigDecimal committedAgainst(MerchantOrderNo original) {
    BigDecimal originalAmount = orders.get(original).entry.orderAmount().value();
    BigDecimal committed = BigDecimal.ZERO;
    for (MerchantOrderNo number : followUps.getOrDefault(original, java.util.List.of())) {
      LedgerEntry followUp = orders.get(number).entry;
      boolean holds =
          followUp.status().equals(TransactionStatus.PROCESSING) || followUp.status().isCompleted();
      if (holds) {
        committed =
            committed.add(
                cancelsOriginal(followUp.type()) ? originalAmount : followUp.orderAmount().value());
      }
    }
    return committed;
  }

  private static boolean cancelsOriginal(TransactionType type) {
    return type.equals(TransactionType.VOID) || type.equals(TransactionType.PRE_AUTH_CANCEL);
  }

  private String nextTransNo() {
    transNoCounter++;
    return TRANS_NO_PREFIX + String.format("%0" + TRANS_NO_COUNTER_DIGITS + "d", transNoCounter);
  }

  /**
   * An order that left the processing state, or was found in another one.
   *
   * @param previous the status before (0 when this call settled or closed it)
   * @param entry the order now
   * @param pendingAnswer the unanswered {@code pay.order} reply to complete now, if any
   */
  record Transition(
      TransactionStatus previous,
      LedgerEntry entry,
      Option<CompletableFuture<TerminalResponse>> pendingAnswer) {}

  /** An order as it stands, with the connection it arrived on and when. */
  record Arrival(LedgerEntry entry, String connectionId, Instant receivedAt) {}

  /** The ledger's mutable record of one order; guarded by the ledger's lock. */
  private static final class TrackedOrder {
    private LedgerEntry entry;
    private final String connectionId;
    private final Instant receivedAt;
    private CompletableFuture<TerminalResponse> pendingAnswer;

    TrackedOrder(
        LedgerEntry entry,
        String connectionId,
        CompletableFuture<TerminalResponse> pendingAnswer,
        Instant receivedAt) {
      this.entry = entry;
      this.connectionId = connectionId;
      this.pendingAnswer = pendingAnswer;
      this.receivedAt = receivedAt;
    }

    /** The unanswered reply, handed out once: whoever settles the order answers it. */
    Option<CompletableFuture<TerminalResponse>> takeAnswer() {
      Option<CompletableFuture<TerminalResponse>> answer = Option.of(pendingAnswer);
      pendingAnswer = null;
      return answer;
    }
  }
}
