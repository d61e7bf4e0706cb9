package io.ecrhub.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the delayed test triggers of {@link OutcomeTrigger} take. The defaults are the ones the
 * README documents; tests shrink them so that a whole trigger runs in milliseconds.
 *
 * @param noReplyCompletion {@code .94}: how long the order stays processing, unanswered, before it
 *     completes (default 5 s)
 * @param slowApproval {@code .95}: how long the approval takes (default 3 s)
 * @param droppedConnectionCompletion {@code .96}: how long after the connection was dropped the
 *     order completes (default 1 s)
 * @param lateRegistration {@code .84}: how long after its arrival the terminal registers the order
 *     — until then it answers {@code 104} about it (default 4 s)
 */
public record TriggerTimings(
    Duration noReplyCompletion,
    Duration slowApproval,
    Duration droppedConnectionCompletion,
    Duration lateRegistration) {

  /**
   * Checks the delays.
   *
   * @param noReplyCompletion {@code .94}: how long the order stays processing, unanswered, before
   *     it completes (default 5 s)
   * @param slowApproval {@code .95}: how long the approval takes (default 3 s)
   * @param droppedConnectionCompletion {@code .96}: how long after the connection was dropped the
   *     order completes (default 1 s)
   * @param lateRegistration {@code .84}: how long after its arrival the terminal registers the
   *     order — until then it answers {@code 104} about it (default 4 s)
   * @throws NullPointerException if a delay is {@code null}
   * @throws IllegalArgumentException if a delay is negative
   */
  public TriggerTimings {
    SimulatorOptions.requireNotNegative(noReplyCompletion, "noReplyCompletion");
    SimulatorOptions.requireNotNegative(slowApproval, "slowApproval");
    SimulatorOptions.requireNotNegative(droppedConnectionCompletion, "droppedConnectionCompletion");
    SimulatorOptions.requireNotNegative(lateRegistration, "lateRegistration");
  }

  /**
   * 5 s, 3 s, 1 s and 4 s.
   *
   * @return the README's timings
   */
  public static TriggerTimings defaults() {
    return new TriggerTimings(
        Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(4));
  }

  /**
   * The same timing for every delayed trigger: handy for fast tests.
   *
   * @param delay the delay of every timed trigger; not negative
   * @return timings using {@code delay} throughout
   */
  public static TriggerTimings all(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new TriggerTimings(delay, delay, delay, delay);
  }

  /**
   * These timings with another registration delay for {@code .84}.
   *
   * @param value the delay before a {@code .84} order is registered; not negative
   * @return a copy with that delay
   */
  public TriggerTimings withLateRegistration(Duration value) {
    return new TriggerTimings(noReplyCompletion, slowApproval, droppedConnectionCompletion, value);
  }
}
