package io.ecrhub.transport.testkit.fault;

import java.net.URI;
import java.util.Objects;

/**
 * One call to {@code connect}, as a {@link FaultPlan} sees it.
 *
 * @param index the attempt's number in its {@link FaultInjection}: 0 for the first attempt,
 *     counting every attempt (refused, hung and unbound ones too)
 * @param address the address asked for
 */
public record ConnectAttempt(long index, URI address) {

  /**
   * Checks the attempt.
   *
   * @param index the attempt's number; not negative
   * @param address the address asked for; not null
   * @throws NullPointerException when {@code address} is null
   * @throws IllegalArgumentException when {@code index} is negative
   */
  public ConnectAttempt {
    Objects.requireNonNull(address, "address");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
  }
}
