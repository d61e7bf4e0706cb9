package io.ecrhub.simulator;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The simulator's test triggers: the cents of {@code order_amount} choose what happens to an order
 * that passed every check, so that a POS can rehearse each answer the protocol's code table allows
 * on purpose. They apply to every transaction type ({@code .78} only changes voids and pre-auth
 * cancels).
 *
 * <table>
 *   <caption>Test triggers by the cents of {@code order_amount}</caption>
 *   <tr><th>cents</th><th>answer to the {@code pay.order}</th><th>the truth (final {@code
 *       trans_status})</th></tr>
 *   <tr><td>any other</td><td>{@code 000} after the approve delay (300 ms)</td><td>2</td></tr>
 *   <tr><td>{@code .78}</td><td>a void or pre-auth cancel: {@code 000} reporting status 3
 *       (cancelled), as some terminals report a cancel; other types as usual</td><td>2</td></tr>
 *   <tr><td>{@code .81}</td><td>{@code 103} "transaction successful", no {@code
 *       trans_status}</td><td>2</td></tr>
 *   <tr><td>{@code .82}</td><td>{@code 999} unknown error, no {@code trans_status}</td><td>2</td></tr>
 *   <tr><td>{@code .83}</td><td>{@code 112} QR code timeout, no {@code trans_status}</td><td>2</td></tr>
 *   <tr><td>{@code .84}</td><td>none: the connection drops on arrival, and for 4 s the terminal
 *       does not know the order ({@code pay.query} and {@code pay.close} say {@code 104}); then it
 *       registers it and completes it</td><td>2</td></tr>
 *   <tr><td>{@code .85}</td><td>{@code 121} with no {@code biz_data} at all (no order number), as
 *       the seed's terminal refuses an amount; the order is not taken</td><td>none</td></tr>
 *   <tr><td>{@code .86}</td><td>{@code 000} in a <em>binary</em> WebSocket frame</td><td>2</td></tr>
 *   <tr><td>{@code .87}</td><td>{@code 000}, status 2, but reporting {@code order_amount}
 *       0.01</td><td>2, as reported</td></tr>
 *   <tr><td>{@code .88}</td><td>{@code 000}, status 2, but reporting {@code trans_type}
 *       3</td><td>2, as reported</td></tr>
 *   <tr><td>{@code .89}</td><td>{@code 000}, status 2, reporting a {@code tip_amount} of 500.00
 *       the order did not ask for</td><td>2, as reported</td></tr>
 *   <tr><td>{@code .90}</td><td>{@code 000}, status 2, reporting an {@code order_amount} no one
 *       can read ({@code 1e999999})</td><td>2, as reported</td></tr>
 *   <tr><td>{@code .91}</td><td>{@code 115} transaction rejected</td><td>1</td></tr>
 *   <tr><td>{@code .92}</td><td>{@code 111} read card timeout</td><td>1</td></tr>
 *   <tr><td>{@code .93}</td><td>{@code 110} operator cancellation</td><td>1</td></tr>
 *   <tr><td>{@code .94}</td><td>no answer at all; the order stays processing (0) for 5 s, then
 *       completes</td><td>2</td></tr>
 *   <tr><td>{@code .95}</td><td>{@code 000} after 3 s</td><td>2</td></tr>
 *   <tr><td>{@code .96}</td><td>none: the simulator closes the connection as soon as the order
 *       arrives; the order completes 1 s later</td><td>2</td></tr>
 *   <tr><td>{@code .97}</td><td>{@code 108} result unknown, although the order
 *       completed</td><td>2</td></tr>
 * </table>
 *
 * The 5 s, 4 s, 3 s and 1 s are {@link TriggerTimings#defaults()}; {@code pay.close} ends any of
 * them while the order is still processing. Queries report what the order's answer reported: an
 * order approved with a wrong amount is queried with the same wrong amount.
 */
public enum OutcomeTrigger {
  /** No trigger: approved after the approve delay. */
  NONE(-1, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .78}: a void or pre-auth cancel reported with status 3. */
  CANCEL_REPORTED_CANCELLED(
      78, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .81}: {@code 103} without a status, although the order completed. */
  SUCCESS_WITHOUT_STATUS(
      81, ResponseCode.of("103"), TransactionStatus.COMPLETED, Answer.REQUEST_ECHO),
  /** {@code .82}: {@code 999} without a status, although the order completed. */
  UNKNOWN_ERROR_WITHOUT_STATUS(
      82, ResponseCode.UNKNOWN_ERROR, TransactionStatus.COMPLETED, Answer.REQUEST_ECHO),
  /** {@code .83}: {@code 112} without a status, although the order completed. */
  QR_TIMEOUT_WITHOUT_STATUS(
      83, ResponseCode.of("112"), TransactionStatus.COMPLETED, Answer.REQUEST_ECHO),
  /** {@code .84}: the connection drops; the order is registered only later, then completes. */
  LATE_REGISTRATION(84, null, TransactionStatus.COMPLETED, Answer.NONE),
  /** {@code .85}: a bare {@code 121}: no {@code biz_data}; the order is not taken. */
  BARE_REFUSAL(85, ResponseCode.AMOUNT_FORMAT, null, Answer.NO_BIZ_DATA),
  /** {@code .86}: approved, answered in a binary frame. */
  BINARY_ANSWER(86, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .87}: approved, reporting {@code order_amount} 0.01. */
  REPORTS_OTHER_AMOUNT(87, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .88}: approved, reporting {@code trans_type} 3. */
  REPORTS_OTHER_TYPE(88, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .89}: approved, reporting a tip of 500.00 nobody asked for. */
  REPORTS_ADDED_TIP(89, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .90}: approved, reporting an amount that cannot be read. */
  REPORTS_UNREADABLE_AMOUNT(
      90, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .91}: rejected ({@code 115}), status 1. */
  REJECTED(91, ResponseCode.REJECTED, TransactionStatus.CLOSED, Answer.TRANSACTION),
  /** {@code .92}: read card timeout ({@code 111}), status 1. */
  READ_CARD_TIMEOUT(
      92, ResponseCode.READ_CARD_TIMEOUT, TransactionStatus.CLOSED, Answer.TRANSACTION),
  /** {@code .93}: cancelled by the operator ({@code 110}), status 1. */
  OPERATOR_CANCELLED(
      93, ResponseCode.OPERATOR_CANCELLED, TransactionStatus.CLOSED, Answer.TRANSACTION),
  /** {@code .94}: never answered; processing for a while, then completed. */
  NO_REPLY(94, null, TransactionStatus.COMPLETED, Answer.NONE),
  /** {@code .95}: approved ({@code 000}) after a long wait. */
  SLOW_APPROVAL(95, ResponseCode.SUCCESS, TransactionStatus.COMPLETED, Answer.TRANSACTION),
  /** {@code .96}: the connection is dropped at once; the order completes shortly after. */
  DROPPED_CONNECTION(96, null, TransactionStatus.COMPLETED, Answer.NONE),
  /** {@code .97}: answered {@code 108} result unknown, although the order completed. */
  RESULT_UNKNOWN(97, ResponseCode.RESULT_UNKNOWN, TransactionStatus.COMPLETED, Answer.REQUEST_ECHO);

  /** What the answer to the {@code pay.order} carries. */
  enum Answer {
    /** No answer at all. */
    NONE,
    /** The transaction as the ledger reports it, with its status. */
    TRANSACTION,
    /** The request's fields echoed, without status or {@code trans_no}. */
    REQUEST_ECHO,
    /** No {@code biz_data}: the answer names no order. */
    NO_BIZ_DATA
  }

  private final int cents;
  private final ResponseCode answerCode;
  private final TransactionStatus finalStatus;
  private final Answer answer;

  OutcomeTrigger(int cents, ResponseCode answerCode, TransactionStatus finalStatus, Answer answer) {
    this.cents = cents;
    this.answerCode = answerCode;
    this.finalStatus = finalStatus;
    this.answer = answer;
  }

  /**
   * The trigger an order amount selects by its cents; {@link #NONE} for every other amount.
   *
   * @param orderAmount the order's amount, in the simulator's two-digit currency
   * @return the trigger, never {@code null}
   */
  public static OutcomeTrigger of(Amount orderAmount) {
    long amountCents = orderAmount.minorUnits() % 100;
    for (OutcomeTrigger trigger : values()) {
      if (trigger.cents == amountCents) {
        return trigger;
      }
    }
    return NONE;
  }

  /**
   * The trigger for an order of {@code type} and {@code orderAmount}.
   *
   * @param type the order's transaction type: {@link #CANCEL_REPORTED_CANCELLED} applies to voids
   *     and pre-authorisation cancels only
   * @param orderAmount the order's amount
   * @return the trigger, {@link #NONE} when no trigger applies
   */
  public static OutcomeTrigger of(TransactionType type, Amount orderAmount) {
    OutcomeTrigger trigger = of(orderAmount);
    boolean cancel =
        type.equals(TransactionType.VOID) || type.equals(TransactionType.PRE_AUTH_CANCEL);
    return trigger == CANCEL_REPORTED_CANCELLED && !cancel ? NONE : trigger;
  }

  /**
   * The response code the {@code pay.order} is answered with; none when it is never answered.
   *
   * @return the code, or none for a trigger whose order is never answered
   */
  public Option<ResponseCode> answer() {
    return Option.of(answerCode);
  }

  /**
   * The status the order ends in unless it is closed first; none when the terminal refuses it and
   * never takes it.
   *
   * @return the final status, or none when the order is refused
   */
  public Option<TransactionStatus> finalStatus() {
    return Option.of(finalStatus);
  }

  /**
   * Whether the order is taken (registered in the ledger) at all.
   *
   * @return {@code true} if the order is recorded in the ledger
   */
  public boolean takesTheOrder() {
    return finalStatus != null;
  }

  Answer answerBody() {
    return answer;
  }

  /** The cents that select this trigger, as the README writes them: {@code ".91"}. */
  String centsLabel() {
    return this == NONE ? "none" : "." + cents;
  }

  /** How long after its registration the order reaches {@link #finalStatus()}. */
  Duration delay(SimulatorOptions options) {
    TriggerTimings timings = options.triggerTimings();
    return switch (this) {
      case NO_REPLY -> timings.noReplyCompletion();
      case SLOW_APPROVAL -> timings.slowApproval();
      case DROPPED_CONNECTION -> timings.droppedConnectionCompletion();
      default -> options.approveDelay();
    };
  }

  /** How long after its arrival the terminal registers the order. */
  Duration registrationDelay(SimulatorOptions options) {
    return this == LATE_REGISTRATION ? options.triggerTimings().lateRegistration() : Duration.ZERO;
  }

  /** Whether the order's reports differ from the order (or report a cancel as status 3). */
  boolean altersReports() {
    return switch (this) {
      case REPORTS_OTHER_AMOUNT,
          REPORTS_OTHER_TYPE,
          REPORTS_ADDED_TIP,
          REPORTS_UNREADABLE_AMOUNT,
          CANCEL_REPORTED_CANCELLED ->
          true;
      default -> false;
    };
  }

  /** Whether the terminal drops the connection as soon as the order arrives. */
  boolean dropsTheConnection() {
    return this == DROPPED_CONNECTION || this == LATE_REGISTRATION;
  }
}
