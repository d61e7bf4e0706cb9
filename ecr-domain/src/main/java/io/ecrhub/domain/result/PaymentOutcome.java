package io.ecrhub.domain.result;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
   * What {@link #decidedBy()} says when the journal could not record this outcome after the order
   * was sent (see {@link #journalWriteFailed()}).
   */
  String JOURNAL_WRITE_FAILED = "journal write failed";

  /**
   * Whether the order journal could not record this outcome after the order was sent (a full disk,
   * a database gone): the outcome itself stands, but the journal still shows the order unfinished —
   * a later {@code recover()} asks the terminal again — and someone should look at the journal.
   * {@link #decidedBy()} says why.
   */
  default boolean journalWriteFailed() {
    return decidedBy().contains("; " + JOURNAL_WRITE_FAILED + ": ");
  }

  /**
   * Applies the visitor's method for this kind of outcome. The compiler checks that a {@link
   * Visitor} handles all six — the Java 17 stand-in for a pattern-matching {@code switch}:
   *
   * <pre>{@code
   * String line = outcome.accept(new PaymentOutcome.Visitor<>() {
   *   public String approved(Approved a) { return "paid " + a.result().javaView().transNo().orElse("?"); }
   *   public String declined(Declined d) { return "declined " + d.code().code(); }
   *   public String mismatch(Mismatch m) { return "CHECK: " + m.differenceList(); }
   *   public String unknown(Unknown u) { return "unknown: do not ring it up again"; }
   *   public String rejected(Rejected r) { return "invalid: " + r.violationList(); }
   *   public String notSent(NotSent n) { return "not sent: " + n.reason(); }
   * });
   * }</pre>
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Folds the outcome into one value with one function per kind; like {@link #accept(Visitor)},
   * every kind must be handled.
   */
  default <R> R fold(
      Function<? super Approved, ? extends R> approved,
      Function<? super Declined, ? extends R> declined,
      Function<? super Mismatch, ? extends R> mismatch,
      Function<? super Unknown, ? extends R> unknown,
      Function<? super Rejected, ? extends R> rejected,
      Function<? super NotSent, ? extends R> notSent) {
    return accept(
        new Visitor<R>() {
          @Override
          public R approved(Approved outcome) {
            return approved.apply(outcome);
          }

          @Override
          public R declined(Declined outcome) {
            return declined.apply(outcome);
          }

          @Override
          public R mismatch(Mismatch outcome) {
            return mismatch.apply(outcome);
          }

          @Override
          public R unknown(Unknown outcome) {
            return unknown.apply(outcome);
          }

          @Override
          public R rejected(Rejected outcome) {
            return rejected.apply(outcome);
          }

          @Override
          public R notSent(NotSent outcome) {
            return notSent.apply(outcome);
          }
        });
  }

  /**
   * One method per kind of outcome; see {@link PaymentOutcome#accept(Visitor)}.
   *
   * @param <R> what the visit returns
   */
  interface Visitor<R> {
    /** The payment went through as ordered. */
    R approved(Approved outcome);

    /** No money moved. */
    R declined(Declined outcome);

    /** Money may have moved, but not as ordered: a person must look. */
    R mismatch(Mismatch outcome);

    /** Not known yet: do not ring the order up again. */
    R unknown(Unknown outcome);

    /** Invalid input: nothing was sent. */
    R rejected(Rejected outcome);

    /** Surely never reached the terminal: nothing was charged. */
    R notSent(NotSent outcome);
  }

  /**
   * The terminal reports a final success of this very order — status 2 (or the status that ends its
   * type: 3 for a void or a pre-auth cancel, 4 for a completion) with the order's type and amounts:
   * the money moved as ordered.
   *
   * @param result the transaction as the terminal reported it
   * @param decidedBy which answer proved it
   */
  record Approved(TransactionResult result, String decidedBy) implements PaymentOutcome {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.approved(this);
    }

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
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.declined(this);
    }

    public Declined {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }

    /** {@link #result()} for code that does not use Vavr. */
    public Optional<TransactionResult> optionalResult() {
      return result.toJavaOptional();
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
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.mismatch(this);
    }

    public Mismatch {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reported, "reported");
      Objects.requireNonNull(differences, "differences");
      Objects.requireNonNull(decidedBy, "decidedBy");
      if (differences.isEmpty()) {
        throw new IllegalArgumentException("a mismatch needs at least one difference");
      }
    }

    /** {@link #differences()} for code that does not use Vavr. */
    public List<Difference> differenceList() {
      return differences.toJavaList();
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
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unknown(this);
    }

    public Unknown {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(lastKnown, "lastKnown");
    }

    /** The last status the terminal reported, if it reported one. */
    public Option<TransactionStatus> lastKnownStatus() {
      return lastKnown.map(TransactionResult::status);
    }

    /** {@link #lastKnown()} for code that does not use Vavr. */
    public Optional<TransactionResult> optionalLastKnown() {
      return lastKnown.toJavaOptional();
    }

    @Override
    public String decidedBy() {
      return "unknown: " + reason;
    }
  }

  /** The order was invalid and nothing was sent. */
  record Rejected(Seq<Violation> violations) implements PaymentOutcome {
    /** {@link #violations()} for code that does not use Vavr. */
    public List<Violation> violationList() {
      return violations.toJavaList();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rejected(this);
    }

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
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notSent(this);
    }

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
