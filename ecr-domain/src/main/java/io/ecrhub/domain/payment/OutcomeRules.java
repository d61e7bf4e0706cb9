package io.ecrhub.domain.payment;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What each answer of the terminal proves about the money, derived from the whole code table of the
 * protocol — the one place the payment engine reads it. {@code docs/protocol.md} shows the same
 * table, and a test checks that the two agree row by row.
 *
 * <p>The principle: an order is <em>declined</em> only when an answer proves that no money moved —
 * a final status 1 for the order itself, or a code by which the terminal refuses an order before
 * any card is read. Every other answer that is not a final success is confirmed with {@code
 * pay.query} before anything is settled, because reporting a payment the terminal took as declined
 * makes the cashier charge the customer twice.
 */
public final class OutcomeRules {

  /** What a response code to a {@code pay.order} means for the order. */
  public enum OrderAnswer {
    /** {@code 000}: the order's {@code trans_status} decides; without a final one, a query. */
    BY_STATUS,
    /** The terminal refused the order before any card was read: declined at once. */
    REFUSED,
    /**
     * Refused when the order has an original (void, refund, completion, pre-auth cancel): the
     * original does not exist, so nothing ran. To any other order it proves nothing: a query.
     */
    REFUSED_FOR_FOLLOW_UP,
    /**
     * The order number is taken — by this very order delivered twice, or by another order: the
     * query tells which, by comparing the transaction it reports with the order sent.
     */
    NUMBER_TAKEN,
    /** Proves nothing either way: confirmed by {@code pay.query}. */
    CONFIRM_BY_QUERY
  }

  /** What a transaction status reported for an order says about its money. */
  public enum StatusMeaning {
    /** The order went through: money moved as the order says (checked against it). */
    TAKEN,
    /** The order can no longer be paid and was not: no money moved. */
    NOT_TAKEN,
    /** Not final (yet), or not a status this order can end in: keep asking. */
    UNDECIDED
  }

  /**
   * One row of the table.
   *
   * @param code the response code
   * @param answer what it means for a {@code pay.order}
   * @param reason why, in a sentence
   */
  public record CodeRule(ResponseCode code, OrderAnswer answer, String reason) {
    /**
     * Checks that every component is present.
     *
     * @param code the response code
     * @param answer what it means for a {@code pay.order}
     * @param reason why, in a sentence
     * @throws NullPointerException if any is null
     */
    public CodeRule {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private static final Map<ResponseCode, CodeRule> RULES =
      table(
          rule(
              "000",
              OrderAnswer.BY_STATUS,
              "success: trans_status 1 declines, a final success is checked against the order,"
                  + " no final status is queried"),
          rule(
              "101",
              OrderAnswer.CONFIRM_BY_QUERY,
              "the terminal is busy with a transaction, which may be this one"),
          rule(
              "102",
              OrderAnswer.CONFIRM_BY_QUERY,
              "'cancelled' names no stage: a payment voided after it completed is cancelled too"),
          rule(
              "103",
              OrderAnswer.CONFIRM_BY_QUERY,
              "says success but carries no final status to check against the order"),
          rule(
              "104",
              OrderAnswer.REFUSED_FOR_FOLLOW_UP,
              "to a void, refund, completion or pre-auth cancel: its original does not exist, so"
                  + " nothing ran; to any other order it proves nothing"),
          rule(
              "105",
              OrderAnswer.CONFIRM_BY_QUERY,
              "'refunded' describes some transaction, not whether this order was paid"),
          rule(
              "106",
              OrderAnswer.CONFIRM_BY_QUERY,
              "'failed' without a status may come from a step after the card was charged"),
          rule("107", OrderAnswer.CONFIRM_BY_QUERY, "a timeout: the outcome is unknown"),
          rule("108", OrderAnswer.CONFIRM_BY_QUERY, "the terminal itself does not know the result"),
          rule("109", OrderAnswer.CONFIRM_BY_QUERY, "a network anomaly: the outcome is unknown"),
          rule(
              "110",
              OrderAnswer.REFUSED,
              "the operator cancelled on the terminal before a card was read"),
          rule("111", OrderAnswer.REFUSED, "no card was presented before the terminal gave up"),
          rule(
              "112",
              OrderAnswer.CONFIRM_BY_QUERY,
              "the customer may still pay in the wallet app after the terminal stopped waiting"),
          rule(
              "113",
              OrderAnswer.NUMBER_TAKEN,
              "the number is taken, by this order delivered twice or by another order"),
          rule("114", OrderAnswer.REFUSED, "the terminal does not support the transaction type"),
          rule("115", OrderAnswer.REFUSED, "the terminal or the issuer rejected the transaction"),
          rule("116", OrderAnswer.REFUSED, "the terminal is not logged in and takes no orders"),
          rule("117", OrderAnswer.REFUSED, "the terminal does not support the payment scenario"),
          rule(
              "118",
              OrderAnswer.REFUSED,
              "the terminal's token expired: it cannot reach the gateway to take orders"),
          rule("119", OrderAnswer.REFUSED, "the original cannot be voided"),
          rule("120", OrderAnswer.REFUSED, "the amount is outside the terminal's limits"),
          rule("121", OrderAnswer.REFUSED, "the terminal cannot read the amount"),
          rule(
              "201",
              OrderAnswer.CONFIRM_BY_QUERY,
              "a close failure where an order answer was expected says nothing of the order"),
          rule("202", OrderAnswer.REFUSED, "the terminal refused the order's parameters"),
          rule(
              "999",
              OrderAnswer.CONFIRM_BY_QUERY,
              "an unknown error may have happened at any step, after payment too"));

  private OutcomeRules() {}

  /**
   * Every row of the table, in code order.
   *
   * @return every rule, one per code the protocol names
   */
  public static Seq<CodeRule> table() {
    return RULES.values().toList();
  }

  /**
   * The rule for {@code code}; a code no table names is confirmed by a query.
   *
   * @param code a response code to a {@code pay.order}
   * @return its rule; {@link OrderAnswer#CONFIRM_BY_QUERY} for a code no table names
   */
  public static CodeRule forCode(ResponseCode code) {
    return RULES
        .get(code)
        .getOrElse(
            () ->
                new CodeRule(
                    code,
                    OrderAnswer.CONFIRM_BY_QUERY,
                    "no table names this code, so it proves nothing"));
  }

  /**
   * What {@code status}, reported for an order of {@code type} itself, says about its money.
   *
   * <ul>
   *   <li>1 closed: not taken, whatever the type.
   *   <li>2 completed: taken.
   *   <li>3 cancelled: for a void or a pre-auth cancel, the cancel took effect (taken — the
   *       original is the one now cancelled); for any other order, it went through and was
   *       cancelled afterwards by a void of its own, which is another order (taken).
   *   <li>4 captured (seen on the sister product): taken for a completion or a pre-authorisation
   *       (captured by its completion); not a status any other order ends in (undecided).
   *   <li>0 processing, 9 created, and codes no table names: undecided.
   * </ul>
   *
   * @param type the order's transaction type
   * @param status the status the terminal reported for that order
   * @return what the status proves about the money
   */
  public static StatusMeaning meaningOf(TransactionType type, TransactionStatus status) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    if (status.equals(TransactionStatus.CLOSED)) {
      return StatusMeaning.NOT_TAKEN;
    }
    if (status.equals(TransactionStatus.COMPLETED) || status.equals(TransactionStatus.CANCELLED)) {
      return StatusMeaning.TAKEN;
    }
    if (status.equals(TransactionStatus.CAPTURED)
        && (type.equals(TransactionType.COMPLETION) || type.equals(TransactionType.PRE_AUTH))) {
      return StatusMeaning.TAKEN;
    }
    return StatusMeaning.UNDECIDED;
  }

  private static CodeRule rule(String code, OrderAnswer answer, String reason) {
    return new CodeRule(ResponseCode.of(code), answer, reason);
  }

  private static Map<ResponseCode, CodeRule> table(CodeRule... rules) {
    return LinkedHashMap.ofEntries(List.of(rules).map(rule -> io.vavr.Tuple.of(rule.code(), rule)));
  }
}
