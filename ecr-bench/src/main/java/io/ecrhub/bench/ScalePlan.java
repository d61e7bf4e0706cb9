package io.ecrhub.bench;

import java.time.Duration;

/**
 * One scale run: how many lanes, how long, how fast.
 *
 * @param connections lanes, each with its own client and connection to the one simulator
 * @param warmup how long the lanes run before latencies count (the JIT compiles meanwhile)
 * @param measure how long latencies count
 * @param period how often each lane starts a sale + query cycle; zero for flat out, each lane
 *     starting its next cycle as soon as the last one ended
 * @param simulatorInOwnProcess whether the simulator runs in a child JVM (the real figure) or in
 *     this one (the smoke test: cheaper, but it shares the heap and threads measured)
 */
public record ScalePlan(
    int connections,
    Duration warmup,
    Duration measure,
    Duration period,
    boolean simulatorInOwnProcess) {

  public ScalePlan {
    if (connections < 2) {
      throw new IllegalArgumentException("connections must be at least 2, got " + connections);
    }
    if (warmup.isNegative() || measure.isNegative() || measure.isZero() || period.isNegative()) {
      throw new IllegalArgumentException(
          "warmup and period must not be negative and measure must be positive");
    }
  }

  /** Whether lanes run flat out rather than at a fixed period. */
  public boolean flatOut() {
    return period.isZero();
  }
}
