package io.ecrhub.simulator;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.PayMethod;
import io.ecrhub.domain.model.PayScenario;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.vavr.control.Option;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One order as the simulated terminal records it at one moment: the order as received, where it
 * stands, and what the terminal added. Immutable; the {@link TerminalLedger} replaces it when the
 * order moves on.
 *
 * @param order the {@code pay.order} request as validated
 * @param status {@code trans_status}: 0 while processing, then 1, 2 or 3
 * @param transNo {@code trans_no}: the 22-digit transaction number the terminal gave it
 * @param endTime {@code trans_end_time}: terminal-local time at which it completed; empty until it
 *     does (and kept when a completed order is later voided)
 */
public record LedgerEntry(
    PaymentOrder order, TransactionStatus status, String transNo, Option<LocalDateTime> endTime) {

  /** The pay method a completed card payment reports when the request named none. */
  public static final PayMethod DEFAULT_PAY_METHOD = PayMethod.VISA;

  /** The pay scenario a completed payment reports when the request named none. */
  public static final PayScenario DEFAULT_PAY_SCENARIO = PayScenario.SWIPE_CARD;

  /**
   * Checks that no component is {@code null}.
   *
   * @param order the {@code pay.order} request as validated
   * @param status {@code trans_status}
   * @param transNo {@code trans_no}
   * @param endTime {@code trans_end_time}, empty until the order completes
   */
  public LedgerEntry {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(transNo, "transNo");
    Objects.requireNonNull(endTime, "endTime");
  }

  /**
   * {@code merchant_order_no}: the key of the ledger.
   *
   * @return the order's merchant order number
   */
  public MerchantOrderNo merchantOrderNo() {
    return order.merchantOrderNo();
  }

  /**
   * {@code trans_type}.
   *
   * @return the transaction type requested
   */
  public TransactionType type() {
    return order.type();
  }

  /**
   * {@code order_amount}.
   *
   * @return the amount requested
   */
  public Amount orderAmount() {
    return order.orderAmount();
  }

  /**
   * {@code orig_merchant_order_no}: the order this one voids, refunds, completes or cancels.
   *
   * @return the original's number, or none when this order follows up no other
   */
  public Option<MerchantOrderNo> origMerchantOrderNo() {
    return order.origMerchantOrderNo();
  }

  /**
   * {@code pay_method_id}: as requested; once completed, {@link #DEFAULT_PAY_METHOD} if none.
   *
   * @return the pay method to report; none when the request named none and the order has not
   *     completed
   */
  public Option<PayMethod> payMethod() {
    Option<PayMethod> requested = order.options().payMethod();
    return endTime.isDefined() ? requested.orElse(Option.some(DEFAULT_PAY_METHOD)) : requested;
  }

  /**
   * {@code pay_scenario}: as requested; once completed, {@link #DEFAULT_PAY_SCENARIO} if none.
   *
   * @return the pay scenario to report; none when the request named none and the order has not
   *     completed
   */
  public Option<PayScenario> payScenario() {
    Option<PayScenario> requested = order.options().payScenario();
    return endTime.isDefined() ? requested.orElse(Option.some(DEFAULT_PAY_SCENARIO)) : requested;
  }

  LedgerEntry withStatus(TransactionStatus value) {
    return new LedgerEntry(order, value, transNo, endTime);
  }

  LedgerEntry completedAt(LocalDateTime time) {
    return new LedgerEntry(order, TransactionStatus.COMPLETED, transNo, Option.some(time));
  }
}
