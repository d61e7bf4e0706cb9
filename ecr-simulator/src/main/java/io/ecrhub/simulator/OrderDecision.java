package io.ecrhub.simulator;

import io.ecrhub.domain.model.ResponseCode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the simulated terminal does with an order in progress, decided by a person at the
 * simulator's screen ({@link TerminalScreen#decide}) rather than by the cents of the amount. Each
 * decision keeps the {@link TerminalLedger} the truth: what the POS is told and what a later {@code
 * pay.query} reports always agree.
 *
 * <table>
 *   <caption>Decisions, the answer to the {@code pay.order}, and the order's status</caption>
 *   <tr><th>decision</th><th>answer</th><th>{@code trans_status}</th></tr>
 *   <tr><td>{@link Approve}</td><td>{@code 000} with the transaction</td><td>2</td></tr>
 *   <tr><td>{@link Decline} (code)</td><td>the code with the transaction</td><td>1</td></tr>
 *   <tr><td>{@link ResultUnknownThenComplete}</td><td>{@code 108}, the request's fields echoed,
 *       no status</td><td>2</td></tr>
 *   <tr><td>{@link StaySilent}</td><td>none, ever</td><td>0 until decided again or closed</td></tr>
 *   <tr><td>{@link DropConnection}</td><td>none: the connection is closed ({@code 1001})</td><td>0
 *       until decided again or closed</td></tr>
 *   <tr><td>{@link CompleteAfter} (delay)</td><td>{@code 000} after the delay</td><td>0, then
 *       2</td></tr>
 * </table>
 *
 * An order that stays processing (silent, dropped, waiting for its delay) can be decided again;
 * once it has a final status it cannot. Once the {@code pay.order} answer was withheld (silent) or
 * its connection dropped, a later decision changes only the ledger — which the POS learns by
 * querying.
 */
public sealed interface OrderDecision {

  /**
   * The codes a person may decline with: those by which a terminal ends an order it took without
   * taking money (status 1). Codes that mean something else to the order — success ({@code 000},
   * {@code 103}), busy ({@code 101}), not found ({@code 104}), result unknown ({@code 108}, a
   * decision of its own), number taken ({@code 113}), follow-up and close refusals ({@code 119},
   * {@code 201}), parameter errors ({@code 202}) — are not declines.
   */
  List<ResponseCode> DECLINE_CODES =
      List.of(
          ResponseCode.of("102"),
          ResponseCode.of("106"),
          ResponseCode.TIMEOUT,
          ResponseCode.NETWORK_ANOMALY,
          ResponseCode.OPERATOR_CANCELLED,
          ResponseCode.READ_CARD_TIMEOUT,
          ResponseCode.of("112"),
          ResponseCode.REJECTED,
          ResponseCode.of("116"),
          ResponseCode.of("117"),
          ResponseCode.of("118"),
          ResponseCode.AMOUNT_OUT_OF_LIMIT,
          ResponseCode.UNKNOWN_ERROR);

  /** The longest {@link CompleteAfter} delay: an hour, far beyond any POS's patience. */
  Duration LONGEST_DELAY = Duration.ofHours(1);

  /**
   * A short text for the screen and the log: {@code "decline 115"}.
   *
   * @return the decision in a few words, such as {@code "approve"} or {@code "complete after 5 s"}
   */
  String label();

  /**
   * Approve: {@code 000}, status 2.
   *
   * @return the approve decision
   */
  static OrderDecision approve() {
    return new Approve();
  }

  /**
   * Decline with {@code code}, one of {@link #DECLINE_CODES}: the order is closed (status 1).
   *
   * @param code the response code to answer with; one of {@link #DECLINE_CODES}
   * @return the decline decision
   */
  static OrderDecision decline(ResponseCode code) {
    return new Decline(code);
  }

  /**
   * The operator cancelled on the terminal: a decline with {@code 110}.
   *
   * @return a decline with {@link ResponseCode#OPERATOR_CANCELLED}
   */
  static OrderDecision operatorCancel() {
    return new Decline(ResponseCode.OPERATOR_CANCELLED);
  }

  /**
   * No card was presented in time: a decline with {@code 111}.
   *
   * @return a decline with {@link ResponseCode#READ_CARD_TIMEOUT}
   */
  static OrderDecision readCardTimeout() {
    return new Decline(ResponseCode.READ_CARD_TIMEOUT);
  }

  /**
   * The customer did not scan the QR code in time: a decline with {@code 112}.
   *
   * @return a decline with {@code 112}
   */
  static OrderDecision qrTimeout() {
    return new Decline(ResponseCode.of("112"));
  }

  /**
   * Never answer the {@code pay.order}; the order stays processing.
   *
   * @return the silent decision
   */
  static OrderDecision staySilent() {
    return new StaySilent();
  }

  /**
   * Answer {@code 108} (result unknown) although the order completes.
   *
   * @return the result-unknown decision
   */
  static OrderDecision resultUnknownThenComplete() {
    return new ResultUnknownThenComplete();
  }

  /**
   * Close the connection the order came on; the order stays processing.
   *
   * @return the drop-connection decision
   */
  static OrderDecision dropConnection() {
    return new DropConnection();
  }

  /**
   * Approve after {@code delay}; processing until then.
   *
   * @param delay how long after the decision to approve; 0 to 1 hour ({@link #LONGEST_DELAY})
   * @return the delayed-approval decision
   */
  static OrderDecision completeAfter(Duration delay) {
    return new CompleteAfter(delay);
  }

  /** {@code 000}, status 2. */
  record Approve() implements OrderDecision {
    @Override
    public String label() {
      return "approve";
    }
  }

  /**
   * The order is closed (status 1) and answered with {@code code}.
   *
   * @param code one of {@link #DECLINE_CODES}
   */
  record Decline(ResponseCode code) implements OrderDecision {
    /**
     * Checks the code.
     *
     * @param code the response code; one of {@link #DECLINE_CODES}
     * @throws IllegalArgumentException if {@code code} is not a decline code
     */
    public Decline {
      Objects.requireNonNull(code, "code");
      if (!DECLINE_CODES.contains(code)) {
        throw new IllegalArgumentException(
            "code " + code.code() + " is not a decline code; one of " + declineCodeList());
      }
    }

    @Override
    public String label() {
      return "decline " + code.code();
    }
  }

  /** No answer, ever; the order stays processing until decided again or closed. */
  record StaySilent() implements OrderDecision {
    @Override
    public String label() {
      return "stay silent";
    }
  }

  /** Answer {@code 108} with the request's fields and no status; the order completes (2). */
  record ResultUnknownThenComplete() implements OrderDecision {
    @Override
    public String label() {
      return "answer 108, then complete";
    }
  }

  /** Close the order's connection; the order stays processing until decided again or closed. */
  record DropConnection() implements OrderDecision {
    @Override
    public String label() {
      return "drop the connection";
    }
  }

  /**
   * Approve ({@code 000}, status 2) once {@code delay} has passed.
   *
   * @param delay from the decision; not negative, at most {@link #LONGEST_DELAY}
   */
  record CompleteAfter(Duration delay) implements OrderDecision {
    /**
     * Checks the delay.
     *
     * @param delay from the decision; not negative, at most {@link #LONGEST_DELAY}
     * @throws IllegalArgumentException if {@code delay} is negative or longer than {@link
     *     #LONGEST_DELAY}
     */
    public CompleteAfter {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.compareTo(LONGEST_DELAY) > 0) {
        throw new IllegalArgumentException(
            "delay must be 0 s to " + LONGEST_DELAY.toMinutes() + " min, got " + delay);
      }
    }

    @Override
    public String label() {
      return "complete after "
          + (delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms");
    }
  }

  /** {@code "102, 106, …"}: the decline codes, for messages. */
  private static String declineCodeList() {
    return String.join(", ", DECLINE_CODES.stream().map(ResponseCode::code).toList());
  }
}
