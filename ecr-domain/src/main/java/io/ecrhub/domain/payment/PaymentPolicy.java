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

  public PaymentPolicy {
    requirePositive(replyTimeout, "replyTimeout");
    requirePositive(queryTimeout, "queryTimeout");
    requirePositive(recoveryDeadline, "recoveryDeadline");
    Objects.requireNonNull(recoveryBackoff, "recoveryBackoff");
  }

  /** 180 s reply timeout, 10 s per query, 5 min of recovery at 0.5 s doubling up to 5 s. */
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
   */
  public Duration sendingHold() {
    return replyTimeout.plus(recoveryHold());
  }

  /**
   * How long a recoverer holds its claim on an order it recovers: the recovery deadline, with a
   * query and a close still in flight at the end.
   */
  public Duration recoveryHold() {
    return recoveryDeadline.plus(queryTimeout.multipliedBy(2));
  }

  public PaymentPolicy withReplyTimeout(Duration value) {
    return new PaymentPolicy(value, queryTimeout, recoveryDeadline, recoveryBackoff);
  }

  public PaymentPolicy withQueryTimeout(Duration value) {
    return new PaymentPolicy(replyTimeout, value, recoveryDeadline, recoveryBackoff);
  }

  public PaymentPolicy withRecoveryDeadline(Duration value) {
    return new PaymentPolicy(replyTimeout, queryTimeout, value, recoveryBackoff);
  }

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
