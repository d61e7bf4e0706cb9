package io.ecrhub.simulator;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.simulator.internal.Refusal;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * The terminal's rules for orders that act on an earlier one ({@code orig_merchant_order_no}):
 * voids, refunds, completions and pre-authorisation cancels.
 *
 * <p>What an original has already given away is its <em>committed</em> amount: the refunds or
 * completions taken from it, and all of it once a void or a cancel is under way. Follow-ups still
 * processing count too, so that two refunds sent at once cannot together exceed the original.
 *
 * <ul>
 *   <li>void: the original must exist ({@code 104}), be a sale, a cashback sale or a completion
 *       ({@code 119}), not be voided already ({@code 119}), be completed ({@code 104}) and have
 *       nothing committed — no refund, no other void ({@code 119});
 *   <li>refund: the original must be a completed sale, cashback sale or completion ({@code 104}),
 *       and its refunds may not add up to more than its {@code order_amount} ({@code 120});
 *   <li>completion: the original must be a completed pre-authorisation ({@code 104}), and its
 *       completions may not add up to more than it ({@code 120});
 *   <li>pre-authorisation cancel, when it names an original: the original must be a
 *       pre-authorisation ({@code 104}), not cancelled already ({@code 119}), completed ({@code
 *       104}) and neither completed by a completion nor being cancelled ({@code 119}).
 * </ul>
 *
 * A void or a cancel that completes turns its original to status 3 (cancelled).
 */
final class FollowUpRules {

  private static final Set<TransactionType> PAYMENTS =
      HashSet.of(TransactionType.SALE, TransactionType.CASHBACK, TransactionType.COMPLETION);

  /** The ledger as the rules need to see it. */
  interface Originals {
    Option<LedgerEntry> find(MerchantOrderNo number);

    /** What follow-ups that are processing or completed have taken from {@code number}. */
    BigDecimal committed(MerchantOrderNo number);
  }

  private FollowUpRules() {}

  /** Why {@code order} may not act on its original; none when it may (or names no original). */
  static Option<Refusal> check(PaymentOrder order, Originals originals) {
    Option<MerchantOrderNo> original = order.origMerchantOrderNo();
    if (original.isEmpty()) {
      return Option.none();
    }
    MerchantOrderNo number = original.get();
    Option<LedgerEntry> found = originals.find(number);
    TransactionType type = order.type();
    if (found.isEmpty()) {
      return refuse(
          ResponseCode.NOT_FOUND,
          "orig_merchant_order_no " + number + " names no order of this terminal");
    }
    LedgerEntry entry = found.get();
    BigDecimal committed = originals.committed(number);
    if (type.equals(TransactionType.VOID)) {
      return voidable(entry, committed);
    }
    if (type.equals(TransactionType.REFUND)) {
      return takeable(entry, committed, order, PAYMENTS, "refunds");
    }
    if (type.equals(TransactionType.COMPLETION)) {
      return takeable(entry, committed, order, HashSet.of(TransactionType.PRE_AUTH), "completions");
    }
    if (type.equals(TransactionType.PRE_AUTH_CANCEL)) {
      return cancellable(entry, committed);
    }
    return Option.none();
  }

  private static Option<Refusal> voidable(LedgerEntry original, BigDecimal committed) {
    if (!PAYMENTS.contains(original.type())) {
      return refuse(
          ResponseCode.CANNOT_VOID,
          original.merchantOrderNo()
              + " is a "
              + original.type().label()
              + "; only a sale, a cashback sale or a completion can be voided");
    }
    if (original.status().equals(TransactionStatus.CANCELLED)) {
      return refuse(ResponseCode.CANNOT_VOID, original.merchantOrderNo() + " is already voided");
    }
    if (!original.status().isCompleted()) {
      return notCompleted(original);
    }
    if (committed.signum() > 0) {
      return refuse(
          ResponseCode.CANNOT_VOID,
          original.merchantOrderNo() + " is refunded, or a void or refund of it is under way");
    }
    return Option.none();
  }

  private static Option<Refusal> takeable(
      LedgerEntry original,
      BigDecimal committed,
      PaymentOrder order,
      Set<TransactionType> originalTypes,
      String what) {
    if (!originalTypes.contains(original.type())) {
      return refuse(
          ResponseCode.NOT_FOUND,
          original.merchantOrderNo()
              + " is a "
              + original.type().label()
              + ", not a "
              + originalTypes.map(TransactionType::label).toSortedSet().mkString(" or "));
    }
    if (!original.status().isCompleted()) {
      return notCompleted(original);
    }
    BigDecimal total = committed.add(order.orderAmount().value());
    BigDecimal limit = original.orderAmount().value();
    if (total.compareTo(limit) > 0) {
      return refuse(
          ResponseCode.AMOUNT_OUT_OF_LIMIT,
          what
              + " of "
              + original.merchantOrderNo()
              + " would add up to "
              + total.toPlainString()
              + ", more than its order_amount "
              + limit.toPlainString());
    }
    return Option.none();
  }

  private static Option<Refusal> cancellable(LedgerEntry original, BigDecimal committed) {
    if (!original.type().equals(TransactionType.PRE_AUTH)) {
      return refuse(
          ResponseCode.NOT_FOUND,
          original.merchantOrderNo()
              + " is a "
              + original.type().label()
              + ", not a pre-authorisation");
    }
    if (original.status().equals(TransactionStatus.CANCELLED)) {
      return refuse(ResponseCode.CANNOT_VOID, original.merchantOrderNo() + " is already cancelled");
    }
    if (!original.status().isCompleted()) {
      return notCompleted(original);
    }
    if (committed.signum() > 0) {
      return refuse(
          ResponseCode.CANNOT_VOID,
          original.merchantOrderNo()
              + " is completed by a completion, or a cancel or completion of it is under way");
    }
    return Option.none();
  }

  private static Option<Refusal> notCompleted(LedgerEntry original) {
    return refuse(
        ResponseCode.NOT_FOUND,
        original.merchantOrderNo()
            + " is "
            + original.status().label()
            + ", not completed: there is no payment to act on");
  }

  private static Option<Refusal> refuse(ResponseCode code, String detail) {
    return Option.some(new Refusal(code, detail));
  }
}
