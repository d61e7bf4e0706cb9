package io.ecrhub.domain.result;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How a payment ended, as far as this SDK can tell. An outcome is never guessed: {@link Approved}
 * only when the terminal reports a final success that matches the order as sent, {@link Declined}
 * only when an answer proves that no money moved, {@link Mismatch} when money moved but not as
 * ordered, and {@link Unknown} when asking the terminal did not settle the question before the
 * recovery deadline — never a false "declined": a POS that rings up a sale again after one charges
 * the customer twice. The rules are {@code io.ecrhub.domain.payment.OutcomeRules}.
 *
 * <p>Every outcome says why it was decided ({@link #decidedBy()}), for the cashier, the journal and
 * the logs.
 */
public sealed interface PaymentOutcome {

  /**
   * Why this outcome was decided, in a short sentence that starts with the verdict: {@code
   * "declined: 115 at the order"}, {@code "approved: query #3 said status 2"}, {@code "not charged:
   * close acknowledged"}.
   */
  String decidedBy();

  /**
   * The terminal reports a final success of this very order — status 2 (or the status that ends its
   * type: 3 for a void or a pre-auth cancel, 4 for a completion) with the order's type and amounts:
   * the money moved as ordered.
   *
   * @param result the transaction as the terminal reported it
   * @param decidedBy which answer proved it
   */
  record Approved(TransactionResult result, String decidedBy) implements PaymentOutcome {
    public Approved {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * The terminal refused or closed the order, or a close fenced it: no money moved, and none will
   * for this order.
   *
   * @param code the terminal's response code that proved it
   * @param message the terminal's text, or this SDK's explanation when the outcome came from a
   *     query or a close
   * @param result what the terminal reported about the transaction, when it did
   * @param decidedBy which answer proved it
   */
  record Declined(
      MerchantOrderNo merchantOrderNo,
      ResponseCode code,
      String message,
      Option<TransactionResult> result,
      String decidedBy)
      implements PaymentOutcome {
    public Declined {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }
  }

  /**
   * The terminal reports a final success under this order's number that does not match the order as
   * sent — another amount, another type, a tip it added, an amount it wrote unreadably. Money may
   * have moved, but not as ordered: neither approved nor declined. The journal keeps it as a
   * mismatch for a person to resolve; {@code recover()} never settles it silently.
   *
   * @param reported the transaction as the terminal reported it
   * @param differences every field that differs from the order sent
   * @param decidedBy which answer showed it
   */
  record Mismatch(
      MerchantOrderNo merchantOrderNo,
      TransactionResult reported,
      Seq<Difference> differences,
      String decidedBy)
      implements PaymentOutcome {
    public Mismatch {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reported, "reported");
      Objects.requireNonNull(differences, "differences");
      Objects.requireNonNull(decidedBy, "decidedBy");
      if (differences.isEmpty()) {
        throw new IllegalArgumentException("a mismatch needs at least one difference");
      }
    }
  }

  /**
   * The outcome could not be learned before the recovery deadline. The order stays unfinished in
   * the journal and {@code recover()} settles it later; the cashier must not ring it up again.
   *
   * @param reason why it is unknown, in a sentence
   * @param lastKnown the last state the terminal reported, if any
   */
  record Unknown(
      MerchantOrderNo merchantOrderNo, String reason, Option<TransactionResult> lastKnown)
      implements PaymentOutcome {
    public Unknown {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(lastKnown, "lastKnown");
    }

    /** The last status the terminal reported, if it reported one. */
    public Option<TransactionStatus> lastKnownStatus() {
      return lastKnown.map(TransactionResult::status);
    }

    @Override
    public String decidedBy() {
      return "unknown: " + reason;
    }
  }

  /** The order was invalid and nothing was sent. */
  record Rejected(Seq<Violation> violations) implements PaymentOutcome {
    public Rejected {
      Objects.requireNonNull(violations, "violations");
    }

    @Override
    public String decidedBy() {
      return "rejected: "
          + violations.size()
          + (violations.size() == 1 ? " violation" : " violations")
          + " found before sending; nothing sent";
    }
  }

  /** The order was valid but surely never reached the terminal: nothing was charged. */
  record NotSent(MerchantOrderNo merchantOrderNo, NotSentReason reason, String detail)
      implements PaymentOutcome {
    public NotSent {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String decidedBy() {
      return "not sent: " + detail;
    }
  }
}
