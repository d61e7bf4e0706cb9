package io.ecrhub.it.reliability;

/** The seed of the fuzz suites: {@code -Decr.fuzz.seed=…} repeats a run, the default is fixed. */
final class FuzzSeed {

  static final long DEFAULT = 20_250_113L;

  private FuzzSeed() {}

  /** The seed to use, printed so that a failure can be repeated. */
  static long announce(String suite) {
    long seed = Long.getLong("ecr.fuzz.seed", DEFAULT);
    System.out.println(
        "seed=" + seed + " " + suite + " (repeat with -Decr.fuzz.seed=" + seed + ")");
    return seed;
  }
}
