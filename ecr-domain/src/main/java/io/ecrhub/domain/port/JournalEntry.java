package io.ecrhub.domain.port;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.PaymentOrder;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One order as the journal holds it: which till sent it to which terminal, what was sent, what
 * became of it, and which process works on it now.
 *
 * @param tillId the till that recorded the order ({@link JournalWriter#tillId()}); empty for an
 *     entry written before journals recorded tills
 * @param terminalId the terminal the order was sent to
 * @param tipAmount {@code tip_amount} as sent
 * @param cashbackAmount {@code cashback_amount} as sent
 * @param transNo the gateway's transaction number, once known
 * @param transStatus the last status the terminal reported
 * @param note details of the entry's state ("reply timed out; queried 5 times", the differences of
 *     a mismatch)
 * @param decidedBy why the outcome was decided, as {@code PaymentOutcome.decidedBy()} said it
 * @param claim the process holding the unfinished order, while one does
 * @param merchantOrderNo the order's number, unique in the journal
 * @param type the transaction type sent
 * @param orderAmount {@code order_amount} as sent
 * @param origMerchantOrderNo {@code orig_merchant_order_no} as sent
 * @param state where the order stands
 * @param createdAt when the order was recorded, before it was sent
 * @param updatedAt when the entry last changed state
 * @param responseCode the terminal's last response code, once it answered
 * @param responseMessage the terminal's last response text, once it answered
 */
public record JournalEntry(
    String tillId,
    String terminalId,
    MerchantOrderNo merchantOrderNo,
    TransactionType type,
    Amount orderAmount,
    Option<MerchantOrderNo> origMerchantOrderNo,
    Option<Amount> tipAmount,
    Option<Amount> cashbackAmount,
    JournalState state,
    Instant createdAt,
    Instant updatedAt,
    Option<ResponseCode> responseCode,
    Option<String> responseMessage,
    Option<String> transNo,
    Option<TransactionStatus> transStatus,
    Option<String> note,
    Option<String> decidedBy,
    Option<Claim> claim) {

  /**
   * Checks that every component is present; absent values are {@link Option#none()}, never null.
   *
   * @param tillId the till that recorded the order; empty for an old entry
   * @param terminalId the terminal the order was sent to
   * @param merchantOrderNo the order's number
   * @param type the transaction type sent
   * @param orderAmount {@code order_amount} as sent
   * @param origMerchantOrderNo {@code orig_merchant_order_no} as sent
   * @param tipAmount {@code tip_amount} as sent
   * @param cashbackAmount {@code cashback_amount} as sent
   * @param state where the order stands
   * @param createdAt when the order was recorded
   * @param updatedAt when the entry last changed state
   * @param responseCode the terminal's last response code
   * @param responseMessage the terminal's last response text
   * @param transNo the gateway's transaction number
   * @param transStatus the last status the terminal reported
   * @param note details of the entry's state
   * @param decidedBy why the outcome was decided
   * @param claim the process holding the order
   * @throws NullPointerException if any is null
   */
  public JournalEntry {
    Objects.requireNonNull(tillId, "tillId");
    Objects.requireNonNull(terminalId, "terminalId");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(orderAmount, "orderAmount");
    Objects.requireNonNull(origMerchantOrderNo, "origMerchantOrderNo");
    Objects.requireNonNull(tipAmount, "tipAmount");
    Objects.requireNonNull(cashbackAmount, "cashbackAmount");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(responseCode, "responseCode");
    Objects.requireNonNull(responseMessage, "responseMessage");
    Objects.requireNonNull(transNo, "transNo");
    Objects.requireNonNull(transStatus, "transStatus");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(claim, "claim");
  }

  /**
   * The entry {@code writer} records before an order is sent, not claimed yet (see {@link
   * #claimedBy}).
   *
   * @param writer the till and process recording the order
   * @param terminalId the terminal the order will be sent to
   * @param order the order as it will be sent
   * @param now the creation and update time
   * @return a {@link JournalState#PENDING} entry without a claim
   */
  public static JournalEntry pending(
      JournalWriter writer, String terminalId, PaymentOrder order, Instant now) {
    return new JournalEntry(
        writer.tillId(),
        terminalId,
        order.merchantOrderNo(),
        order.type(),
        order.orderAmount(),
        order.origMerchantOrderNo(),
        order.tipAmount(),
        order.cashbackAmount(),
        JournalState.PENDING,
        now,
        now,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none());
  }

  /**
   * This entry, held by {@code claim}.
   *
   * @param claim the new hold, replacing any other
   * @return a copy with the claim
   */
  public JournalEntry claimedBy(Claim claim) {
    return withClaim(Option.some(claim));
  }

  /**
   * This entry without the claim of {@code processId}; a claim of another process stays.
   *
   * @param processId the releasing process
   * @return a copy without the claim, or this entry when {@code processId} does not hold it
   */
  public JournalEntry releasedBy(String processId) {
    return claim.exists(held -> held.isHeldBy(processId)) ? withClaim(Option.none()) : this;
  }

  /**
   * Whether a process other than {@code processId} holds the entry at {@code now}.
   *
   * @param processId the process asking
   * @param now the time to check the claim's expiry against
   * @return {@code true} when another process's claim has not yet expired
   */
  public boolean isHeldByAnotherAt(String processId, Instant now) {
    return claim.exists(held -> !held.isHeldBy(processId) && held.isValidAt(now));
  }

  /**
   * This entry, marked as handed to the wire at {@code at}.
   *
   * @param at when the frame was handed to the transport
   * @return a copy in state {@link JournalState#SENT}, updated at {@code at}
   */
  public JournalEntry sentAt(Instant at) {
    return new JournalEntry(
        tillId,
        terminalId,
        merchantOrderNo,
        type,
        orderAmount,
        origMerchantOrderNo,
        tipAmount,
        cashbackAmount,
        JournalState.SENT,
        createdAt,
        at,
        responseCode,
        responseMessage,
        transNo,
        transStatus,
        note,
        decidedBy,
        claim);
  }

  /**
   * This entry after {@code settlement}; its claim stays as it is (the journal releases the claim
   * of the process that settles: {@link #releasedBy}).
   *
   * @param settlement the new state and what the terminal said
   * @return a copy in the settlement's state; the terminal's fields it leaves absent keep their
   *     values, the note is replaced
   */
  public JournalEntry settledBy(Settlement settlement) {
    return new JournalEntry(
        tillId,
        terminalId,
        merchantOrderNo,
        type,
        orderAmount,
        origMerchantOrderNo,
        tipAmount,
        cashbackAmount,
        settlement.state(),
        createdAt,
        settlement.at(),
        settlement.responseCode().orElse(responseCode),
        settlement.responseMessage().orElse(responseMessage),
        settlement.transNo().orElse(transNo),
        settlement.transStatus().orElse(transStatus),
        settlement.note(),
        settlement.decidedBy().orElse(decidedBy),
        claim);
  }

  private JournalEntry withClaim(Option<Claim> newClaim) {
    return new JournalEntry(
        tillId,
        terminalId,
        merchantOrderNo,
        type,
        orderAmount,
        origMerchantOrderNo,
        tipAmount,
        cashbackAmount,
        state,
        createdAt,
        updatedAt,
        responseCode,
        responseMessage,
        transNo,
        transStatus,
        note,
        decidedBy,
        newClaim);
  }
}
