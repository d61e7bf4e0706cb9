package io.ecrhub.domain.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing rules of the payment service.
 *
 * @param replyTimeout how long to wait for the answer to a {@code pay.order}; the customer may be
 *     reading their card for minutes, so the default is the vendor's 180 s
 * @param queryTimeout how long to wait for the answer to one {@code pay.query} or {@code pay.close}
 * @param recoveryDeadline how long an unsure payment is queried before its outcome is reported
 *     unknown
 * @param recoveryBackoff the pause between recovery queries
 */
public record PaymentPolicy(
    Duration replyTimeout,
    Duration queryTimeout,
    Duration recoveryDeadline,
    Backoff recoveryBackoff) {

  /**
   * Checks the policy.
   *
   * @param replyTimeout how long to wait for a {@code pay.order} answer; positive
   * @param queryTimeout how long to wait for one query or close answer; positive
   * @param recoveryDeadline how long an unsure payment is queried; positive
   * @param recoveryBackoff the pause between recovery queries
   * @throws NullPointerException if any is null
   * @throws IllegalArgumentException if a duration is zero or negative
   */
  public PaymentPolicy {
    requirePositive(replyTimeout, "replyTimeout");
    requirePositive(queryTimeout, "queryTimeout");
    requirePositive(recoveryDeadline, "recoveryDeadline");
    Objects.requireNonNull(recoveryBackoff, "recoveryBackoff");
  }

  /**
   * 180 s reply timeout, 10 s per query, 5 min of recovery at 0.5 s doubling up to 5 s.
   *
   * @return the default policy, fit for a card terminal on a shop LAN
   */
  public static PaymentPolicy defaults() {
    return new PaymentPolicy(
        Duration.ofSeconds(180),
        Duration.ofSeconds(10),
        Duration.ofMinutes(5),
        new Backoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(5)));
  }

  /**
   * How long the process that sends an order holds its claim on it ({@code
   * io.ecrhub.domain.port.Claim}): as long as its attempt may run — the reply timeout, then
   * recovery until the deadline with a query and a close still in flight — so that no other process
   * recovers the order from under it. Settling releases the claim earlier; a crash leaves it to
   * expire.
   *
   * @return the reply timeout plus {@link #recoveryHold()}
   */
  public Duration sendingHold() {
    return replyTimeout.plus(recoveryHold());
  }

  /**
   * How long a recoverer holds its claim on an order it recovers: the recovery deadline, with a
   * query and a close still in flight at the end.
   *
   * @return the recovery deadline plus two query timeouts
   */
  public Duration recoveryHold() {
    return recoveryDeadline.plus(queryTimeout.multipliedBy(2));
  }

  /**
   * A copy with another reply timeout.
   *
   * @param value how long to wait for a {@code pay.order} answer; positive
   * @return the new policy
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public PaymentPolicy withReplyTimeout(Duration value) {
    return new PaymentPolicy(value, queryTimeout, recoveryDeadline, recoveryBackoff);
  }

  /**
   * A copy with another query timeout.
   *
   * @param value how long to wait for one query or close answer; positive
   * @return the new policy
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public PaymentPolicy withQueryTimeout(Duration value) {
    return new PaymentPolicy(replyTimeout, value, recoveryDeadline, recoveryBackoff);
  }

  /**
   * A copy with another recovery deadline.
   *
   * @param value how long an unsure payment is queried; positive
   * @return the new policy
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public PaymentPolicy withRecoveryDeadline(Duration value) {
    return new PaymentPolicy(replyTimeout, queryTimeout, value, recoveryBackoff);
  }

  /**
   * A copy with another back-off between recovery queries.
   *
   * @param value the pauses; not null
   * @return the new policy
   */
  public PaymentPolicy withRecoveryBackoff(Backoff value) {
    return new PaymentPolicy(replyTimeout, queryTimeout, recoveryDeadline, value);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
