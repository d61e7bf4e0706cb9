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
   *
   * @return the reason, never empty
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
   *
   * @return {@code true} when the journal may still show the order unfinished
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
   *
   * @param <R> what the visit returns
   * @param visitor the handler of each kind
   * @return what the visitor's method for this kind returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Folds the outcome into one value with one function per kind; like {@link #accept(Visitor)},
   * every kind must be handled.
   *
   * @param <R> the folded value
   * @param approved applied to an {@link Approved}
   * @param declined applied to a {@link Declined}
   * @param mismatch applied to a {@link Mismatch}
   * @param unknown applied to an {@link Unknown}
   * @param rejected applied to a {@link Rejected}
   * @param notSent applied to a {@link NotSent}
   * @return what the function for this kind returned
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
    /**
     * The payment went through as ordered.
     *
     * @param outcome the approval
     * @return the visit's result
     */
    R approved(Approved outcome);

    /**
     * No money moved.
     *
     * @param outcome the decline
     * @return the visit's result
     */
    R declined(Declined outcome);

    /**
     * Money may have moved, but not as ordered: a person must look.
     *
     * @param outcome the mismatch
     * @return the visit's result
     */
    R mismatch(Mismatch outcome);

    /**
     * Not known yet: do not ring the order up again.
     *
     * @param outcome the unknown outcome
     * @return the visit's result
     */
    R unknown(Unknown outcome);

    /**
     * Invalid input: nothing was sent.
     *
     * @param outcome the rejection
     * @return the visit's result
     */
    R rejected(Rejected outcome);

    /**
     * Surely never reached the terminal: nothing was charged.
     *
     * @param outcome the order that was not sent
     * @return the visit's result
     */
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

    /**
     * Checks that both components are present.
     *
     * @param result the transaction as the terminal reported it
     * @param decidedBy which answer proved it
     * @throws NullPointerException if either is null
     */
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
   * @param merchantOrderNo the order that was declined
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

    /**
     * Checks that every component is present.
     *
     * @param merchantOrderNo the order that was declined
     * @param code the terminal's response code that proved it
     * @param message the terminal's text or this SDK's explanation
     * @param result what the terminal reported about the transaction, when it did
     * @param decidedBy which answer proved it
     * @throws NullPointerException if any is null
     */
    public Declined {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(decidedBy, "decidedBy");
    }

    /**
     * {@link #result()} for code that does not use Vavr.
     *
     * @return the reported transaction, or empty
     */
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
   * @param merchantOrderNo the order that was sent
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

    /**
     * Checks that every component is present and that something differs.
     *
     * @param merchantOrderNo the order that was sent
     * @param reported the transaction as the terminal reported it
     * @param differences every field that differs; not empty
     * @param decidedBy which answer showed it
     * @throws NullPointerException if any is null
     * @throws IllegalArgumentException if {@code differences} is empty
     */
    public Mismatch {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reported, "reported");
      Objects.requireNonNull(differences, "differences");
      Objects.requireNonNull(decidedBy, "decidedBy");
      if (differences.isEmpty()) {
        throw new IllegalArgumentException("a mismatch needs at least one difference");
      }
    }

    /**
     * {@link #differences()} for code that does not use Vavr.
     *
     * @return the differences, in the same order
     */
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
   * @param merchantOrderNo the order whose outcome is unknown
   */
  record Unknown(
      MerchantOrderNo merchantOrderNo, String reason, Option<TransactionResult> lastKnown)
      implements PaymentOutcome {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unknown(this);
    }

    /**
     * Checks that every component is present.
     *
     * @param merchantOrderNo the order whose outcome is unknown
     * @param reason why it is unknown, in a sentence
     * @param lastKnown the last state the terminal reported, if any
     * @throws NullPointerException if any is null
     */
    public Unknown {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(lastKnown, "lastKnown");
    }

    /**
     * The last status the terminal reported, if it reported one.
     *
     * @return the status of {@link #lastKnown()}, or none
     */
    public Option<TransactionStatus> lastKnownStatus() {
      return lastKnown.map(TransactionResult::status);
    }

    /**
     * {@link #lastKnown()} for code that does not use Vavr.
     *
     * @return the last reported transaction, or empty
     */
    public Optional<TransactionResult> optionalLastKnown() {
      return lastKnown.toJavaOptional();
    }

    @Override
    public String decidedBy() {
      return "unknown: " + reason;
    }
  }

  /**
   * The order was invalid and nothing was sent.
   *
   * @param violations every problem found with the order; {@code decidedBy()} counts them
   */
  record Rejected(Seq<Violation> violations) implements PaymentOutcome {
    /**
     * {@link #violations()} for code that does not use Vavr.
     *
     * @return the violations, in the same order
     */
    public List<Violation> violationList() {
      return violations.toJavaList();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rejected(this);
    }

    /**
     * Checks that the violations are present.
     *
     * @param violations every problem found with the order
     * @throws NullPointerException if {@code violations} is null
     */
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

  /**
   * The order was valid but surely never reached the terminal: nothing was charged.
   *
   * @param merchantOrderNo the order that was not sent
   * @param reason why it was not sent
   * @param detail the same reason in a sentence, for the cashier and the logs
   */
  record NotSent(MerchantOrderNo merchantOrderNo, NotSentReason reason, String detail)
      implements PaymentOutcome {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notSent(this);
    }

    /**
     * Checks that every component is present.
     *
     * @param merchantOrderNo the order that was not sent
     * @param reason why it was not sent
     * @param detail the same reason in a sentence
     * @throws NullPointerException if any is null
     */
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
