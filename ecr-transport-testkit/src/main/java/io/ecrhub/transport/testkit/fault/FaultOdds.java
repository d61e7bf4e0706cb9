package io.ecrhub.transport.testkit.fault;

/**
 * The probability of each fault for one frame, used by {@link RandomFaults}. Each is within [0, 1]
 * and together they are at most 1; the rest is the probability that the frame is delivered.
 *
 * @param drop the frame is lost
 * @param delay the frame arrives late (and holds back those behind it)
 * @param duplicate the frame arrives twice
 * @param corrupt a damaged copy arrives instead
 * @param inject a garbage frame arrives just before it
 * @param disconnect the connection breaks instead of delivering it
 */
public record FaultOdds(
    double drop, double delay, double duplicate, double corrupt, double inject, double disconnect) {

  private static final double ROUNDING = 1e-9;

  /**
   * Checks the odds.
   *
   * @param drop the probability that the frame is lost, within [0, 1]
   * @param delay the probability that the frame arrives late, within [0, 1]
   * @param duplicate the probability that the frame arrives twice, within [0, 1]
   * @param corrupt the probability that a damaged copy arrives instead, within [0, 1]
   * @param inject the probability that a garbage frame arrives before it, within [0, 1]
   * @param disconnect the probability that the connection breaks instead, within [0, 1]
   * @throws IllegalArgumentException when one is outside [0, 1] or NaN, or they add up to more than
   *     1
   */
  public FaultOdds {
    checkProbability("drop", drop);
    checkProbability("delay", delay);
    checkProbability("duplicate", duplicate);
    checkProbability("corrupt", corrupt);
    checkProbability("inject", inject);
    checkProbability("disconnect", disconnect);
    double total = drop + delay + duplicate + corrupt + inject + disconnect;
    if (total > 1 + ROUNDING) {
      throw new IllegalArgumentException("the odds must add up to at most 1, got " + total);
    }
  }

  /**
   * No fault at all; start here and add odds with the {@code with…} methods.
   *
   * @return odds that are all 0
   */
  public static FaultOdds none() {
    return new FaultOdds(0, 0, 0, 0, 0, 0);
  }

  /**
   * A copy with another probability that the frame is lost.
   *
   * @param value the probability, within [0, 1]; the total must stay at most 1
   * @return the new odds
   * @throws IllegalArgumentException when {@code value} is outside [0, 1] or the total exceeds 1
   */
  public FaultOdds withDrop(double value) {
    return new FaultOdds(value, delay, duplicate, corrupt, inject, disconnect);
  }

  /**
   * A copy with another probability that the frame arrives late.
   *
   * @param value the probability, within [0, 1]; the total must stay at most 1
   * @return the new odds
   * @throws IllegalArgumentException when {@code value} is outside [0, 1] or the total exceeds 1
   */
  public FaultOdds withDelay(double value) {
    return new FaultOdds(drop, value, duplicate, corrupt, inject, disconnect);
  }

  /**
   * A copy with another probability that the frame arrives twice.
   *
   * @param value the probability, within [0, 1]; the total must stay at most 1
   * @return the new odds
   * @throws IllegalArgumentException when {@code value} is outside [0, 1] or the total exceeds 1
   */
  public FaultOdds withDuplicate(double value) {
    return new FaultOdds(drop, delay, value, corrupt, inject, disconnect);
  }

  /**
   * A copy with another probability that a damaged copy arrives instead.
   *
   * @param value the probability, within [0, 1]; the total must stay at most 1
   * @return the new odds
   * @throws IllegalArgumentException when {@code value} is outside [0, 1] or the total exceeds 1
   */
  public FaultOdds withCorrupt(double value) {
    return new FaultOdds(drop, delay, duplicate, value, inject, disconnect);
  }

  /**
   * A copy with another probability that a garbage frame arrives just before it.
   *
   * @param value the probability, within [0, 1]; the total must stay at most 1
   * @return the new odds
   * @throws IllegalArgumentException when {@code value} is outside [0, 1] or the total exceeds 1
   */
  public FaultOdds withInject(double value) {
    return new FaultOdds(drop, delay, duplicate, corrupt, value, disconnect);
  }

  /**
   * A copy with another probability that the connection breaks instead of delivering it.
   *
   * @param value the probability, within [0, 1]; the total must stay at most 1
   * @return the new odds
   * @throws IllegalArgumentException when {@code value} is outside [0, 1] or the total exceeds 1
   */
  public FaultOdds withDisconnect(double value) {
    return new FaultOdds(drop, delay, duplicate, corrupt, inject, value);
  }

  static void checkProbability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          name + " must be a probability within [0, 1], got " + value);
    }
  }
}
