package io.ecrhub.domain.result;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How a payment ended, as far as this SDK can tell. An outcome is never guessed: when the terminal
 * did not say, and asking it did not settle the question before the recovery deadline, the outcome
 * is {@link Unknown}, never {@link Declined} — a POS that rings up a sale again after a false
 * "declined" charges the customer twice.
 */
public sealed interface PaymentOutcome {

  /** The terminal completed the transaction ({@code trans_status} 2): the money moved. */
  record Approved(TransactionResult result) implements PaymentOutcome {
    public Approved {
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * The terminal refused, failed or closed the transaction: no money moved.
   *
   * @param code the terminal's response code
   * @param message the terminal's text, or this SDK's explanation when the outcome came from a
   *     query
   * @param result what the terminal reported about the transaction, when it did
   */
  record Declined(
      MerchantOrderNo merchantOrderNo,
      ResponseCode code,
      String message,
      Option<TransactionResult> result)
      implements PaymentOutcome {
    public Declined {
      Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(result, "result");
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
  }

  /** The order was invalid and nothing was sent. */
  record Rejected(Seq<Violation> violations) implements PaymentOutcome {
    public Rejected {
      Objects.requireNonNull(violations, "violations");
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
  }
}
