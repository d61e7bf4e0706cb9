package io.ecrhub.cli.output;

/**
 * How a command ended, as the {@code outcome} field of the JSON output and the first word of the
 * human output, with the process exit code each one means.
 *
 * <table>
 *   <caption>Exit codes of {@code ecr}</caption>
 *   <tr><th>exit</th><th>outcome</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>{@code APPROVED}, {@code OK}</td><td>the payment completed; a query, close or
 *       recovery was answered {@code 000}</td></tr>
 *   <tr><td>1</td><td>{@code DECLINED}</td><td>the terminal refused or failed it: no money
 *       moved</td></tr>
 *   <tr><td>2</td><td>{@code INVALID}</td><td>invalid input or usage: nothing was sent, no
 *       connection was opened</td></tr>
 *   <tr><td>3</td><td>{@code UNKNOWN}</td><td>the outcome is still unknown after recovery: do not
 *       ring it up again, run {@code ecr recover} later</td></tr>
 *   <tr><td>4</td><td>{@code UNREACHABLE}</td><td>the terminal could not be reached: nothing was
 *       sent</td></tr>
 *   <tr><td>5</td><td>{@code MISMATCH}</td><td>the terminal reports a payment under this order's
 *       number that differs from the order (amount, type, tip…): money may have moved, but not as
 *       ordered — a person must check the terminal before anything else happens</td></tr>
 * </table>
 *
 * {@code NOT_SENT} (exit 1, like a decline: nothing was charged) is what {@code ecr recover}
 * reports for an order the journal proves never left.
 */
public enum Outcome {
  /** The payment completed (exit 0). */
  APPROVED(0),
  /** A query, close or recovery was answered {@code 000} (exit 0). */
  OK(0),
  /** The terminal refused or failed the request: no money moved (exit 1). */
  DECLINED(1),
  /** The journal proves the order never left: nothing was charged (exit 1). */
  NOT_SENT(1),
  /** Invalid input or usage: nothing was sent (exit 2). */
  INVALID(2),
  /** The outcome is still unknown: do not ring it up again (exit 3). */
  UNKNOWN(3),
  /** The terminal could not be reached: nothing was sent (exit 4). */
  UNREACHABLE(4),
  /** The terminal reports a payment that differs from the order: a person must check (exit 5). */
  MISMATCH(5);

  private final int exitCode;

  Outcome(int exitCode) {
    this.exitCode = exitCode;
  }

  /**
   * The process exit code this outcome stands for.
   *
   * @return 0 to 5, as in the table above
   */
  public int exitCode() {
    return exitCode;
  }
}
