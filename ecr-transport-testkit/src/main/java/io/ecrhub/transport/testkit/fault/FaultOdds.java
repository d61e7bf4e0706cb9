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

  /** No fault at all. */
  public static FaultOdds none() {
    return new FaultOdds(0, 0, 0, 0, 0, 0);
  }

  public FaultOdds withDrop(double value) {
    return new FaultOdds(value, delay, duplicate, corrupt, inject, disconnect);
  }

  public FaultOdds withDelay(double value) {
    return new FaultOdds(drop, value, duplicate, corrupt, inject, disconnect);
  }

  public FaultOdds withDuplicate(double value) {
    return new FaultOdds(drop, delay, value, corrupt, inject, disconnect);
  }

  public FaultOdds withCorrupt(double value) {
    return new FaultOdds(drop, delay, duplicate, value, inject, disconnect);
  }

  public FaultOdds withInject(double value) {
    return new FaultOdds(drop, delay, duplicate, corrupt, value, disconnect);
  }

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
