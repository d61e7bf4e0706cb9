package io.ecrhub.simulator;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The simulator's test triggers: the cents of {@code order_amount} choose what happens to an order
 * that passed every check, so that a POS can rehearse each failure on purpose. They apply to every
 * transaction type.
 *
 * <table>
 *   <caption>Test triggers by the cents of {@code order_amount}</caption>
 *   <tr><th>cents</th><th>answer</th><th>final {@code trans_status}</th></tr>
 *   <tr><td>any other</td><td>{@code 000} after the approve delay (300 ms)</td><td>2</td></tr>
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
 * The 5 s, 3 s and 1 s are {@link TriggerTimings#defaults()}; {@code pay.close} ends any of them
 * while the order is still processing.
 */
public enum OutcomeTrigger {
  /** No trigger: approved after the approve delay. */
  NONE(-1, ResponseCode.SUCCESS, TransactionStatus.COMPLETED),
  /** {@code .91}: rejected ({@code 115}), status 1. */
  REJECTED(91, ResponseCode.REJECTED, TransactionStatus.CLOSED),
  /** {@code .92}: read card timeout ({@code 111}), status 1. */
  READ_CARD_TIMEOUT(92, ResponseCode.READ_CARD_TIMEOUT, TransactionStatus.CLOSED),
  /** {@code .93}: cancelled by the operator ({@code 110}), status 1. */
  OPERATOR_CANCELLED(93, ResponseCode.OPERATOR_CANCELLED, TransactionStatus.CLOSED),
  /** {@code .94}: never answered; processing for a while, then completed. */
  NO_REPLY(94, null, TransactionStatus.COMPLETED),
  /** {@code .95}: approved ({@code 000}) after a long wait. */
  SLOW_APPROVAL(95, ResponseCode.SUCCESS, TransactionStatus.COMPLETED),
  /** {@code .96}: the connection is dropped at once; the order completes shortly after. */
  DROPPED_CONNECTION(96, null, TransactionStatus.COMPLETED),
  /** {@code .97}: answered {@code 108} result unknown, although the order completed. */
  RESULT_UNKNOWN(97, ResponseCode.RESULT_UNKNOWN, TransactionStatus.COMPLETED);

  private final int cents;
  private final ResponseCode answer;
  private final TransactionStatus finalStatus;

  OutcomeTrigger(int cents, ResponseCode answer, TransactionStatus finalStatus) {
    this.cents = cents;
    this.answer = answer;
    this.finalStatus = finalStatus;
  }

  /** The trigger an order amount selects by its cents; {@link #NONE} for every other amount. */
  public static OutcomeTrigger of(Amount orderAmount) {
    long amountCents = orderAmount.minorUnits() % 100;
    for (OutcomeTrigger trigger : values()) {
      if (trigger.cents == amountCents) {
        return trigger;
      }
    }
    return NONE;
  }

  /** The response code the {@code pay.order} is answered with; none when it is never answered. */
  public Option<ResponseCode> answer() {
    return Option.of(answer);
  }

  /** The status the order ends in unless it is closed first. */
  public TransactionStatus finalStatus() {
    return finalStatus;
  }

  /** The cents that select this trigger, as the README writes them: {@code ".91"}. */
  String centsLabel() {
    return this == NONE ? "none" : "." + cents;
  }

  /** How long after its arrival the order reaches {@link #finalStatus()}. */
  Duration delay(SimulatorOptions options) {
    TriggerTimings timings = options.triggerTimings();
    return switch (this) {
      case NO_REPLY -> timings.noReplyCompletion();
      case SLOW_APPROVAL -> timings.slowApproval();
      case DROPPED_CONNECTION -> timings.droppedConnectionCompletion();
      default -> options.approveDelay();
    };
  }
}
