package io.ecrhub.transport.testkit.fault;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A {@link FaultPlan} that draws faults at random from a seed, for soak tests:
 *
 * <pre>{@code
 * long seed = 20240611L;
 * System.out.println("seed=" + seed);
 * FaultPlan plan = RandomFaults.builder(seed)
 *     .odds(Direction.SERVER_TO_CLIENT, FaultOdds.none().withDrop(0.02).withDuplicate(0.02))
 *     .delays(Duration.ofMillis(1), Duration.ofMillis(200))
 *     .connectOdds(0.05, 0.01)
 *     .build();
 * }</pre>
 *
 * <p>Every decision is a function of the seed and of what is decided on only — (connection,
 * direction, frame index) for a frame, the attempt number for a connect, (connection, direction,
 * ping index) for a pong — and never of the order in which threads ask. The same seed and the same
 * traffic therefore give the same faults on every run, whatever the thread scheduling.
 */
public final class RandomFaults implements FaultPlan {

  private static final long FRAME = 0x46524D;
  private static final long CONNECT = 0x434F4E;
  private static final long PONG = 0x504F4E;
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final long seed;
  private final Map<Direction, FaultOdds> odds;
  private final long minDelayMillis;
  private final long maxDelayMillis;
  private final double refuseConnect;
  private final double hangConnect;
  private final double swallowPong;

  private RandomFaults(Builder builder) {
    this.seed = builder.seed;
    this.odds = new EnumMap<>(builder.odds);
    this.minDelayMillis = builder.minDelay.toMillis();
    this.maxDelayMillis = builder.maxDelay.toMillis();
    this.refuseConnect = builder.refuseConnect;
    this.hangConnect = builder.hangConnect;
    this.swallowPong = builder.swallowPong;
  }

  /**
   * Starts a plan without faults on {@code seed}; print the seed in the test that uses it.
   *
   * @param seed decides every fault; the same seed and traffic give the same faults
   * @return a new builder: no faults in either direction, delays of 1..100 ms
   */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  /**
   * The seed the plan was built with, to print or log so that a failing run can be repeated.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public FaultAction onFrame(Frame frame) {
    SplittableRandom random =
        random(FRAME, frame.connection(), frame.direction().ordinal(), frame.index());
    FaultOdds chances = odds.get(frame.direction());
    double draw = random.nextDouble();
    if ((draw -= chances.drop()) < 0) {
      return FaultAction.drop();
    }
    if ((draw -= chances.delay()) < 0) {
      long millis = minDelayMillis + random.nextLong(maxDelayMillis - minDelayMillis + 1);
      return FaultAction.delay(Duration.ofMillis(millis));
    }
    if ((draw -= chances.duplicate()) < 0) {
      return FaultAction.duplicate();
    }
    if ((draw -= chances.corrupt()) < 0) {
      return FaultAction.corruptSeeded(random.nextLong());
    }
    if ((draw -= chances.inject()) < 0) {
      return FaultAction.inject(TextCorruption.garbage(random));
    }
    if ((draw -= chances.disconnect()) < 0) {
      return FaultAction.disconnect();
    }
    return FaultAction.deliver();
  }

  @Override
  public ConnectAction onConnect(ConnectAttempt attempt) {
    double draw = random(CONNECT, attempt.index(), 0, 0).nextDouble();
    if (draw < refuseConnect) {
      return ConnectAction.REFUSE;
    }
    return draw < refuseConnect + hangConnect ? ConnectAction.HANG : ConnectAction.PROCEED;
  }

  @Override
  public boolean swallowsPong(PingFrame ping) {
    return random(PONG, ping.connection(), ping.direction().ordinal(), ping.index()).nextDouble()
        < swallowPong;
  }

  @Override
  public String toString() {
    return "RandomFaults[seed="
        + seed
        + ", odds="
        + odds
        + ", delays="
        + minDelayMillis
        + ".."
        + maxDelayMillis
        + " ms, refuseConnect="
        + refuseConnect
        + ", hangConnect="
        + hangConnect
        + ", swallowPong="
        + swallowPong
        + "]";
  }

  /** A generator that depends on the seed and the given coordinates only. */
  private SplittableRandom random(long kind, long first, long second, long third) {
    long mixed = mix(seed + GOLDEN_GAMMA);
    mixed = mix(mixed ^ mix(kind + GOLDEN_GAMMA));
    mixed = mix(mixed ^ mix(first + 2 * GOLDEN_GAMMA));
    mixed = mix(mixed ^ mix(second + 3 * GOLDEN_GAMMA));
    mixed = mix(mixed ^ mix(third + 4 * GOLDEN_GAMMA));
    return new SplittableRandom(mixed);
  }

  /** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole result. */
  private static long mix(long value) {
    long bits = value;
    bits ^= bits >>> 33;
    bits *= 0xff51afd7ed558ccdL;
    bits ^= bits >>> 33;
    bits *= 0xc4ceb9fe1a85ec53L;
    bits ^= bits >>> 33;
    return bits;
  }

  /** Configures a {@link RandomFaults}; nothing goes wrong until odds are set. */
  public static final class Builder {
    private final long seed;
    private final Map<Direction, FaultOdds> odds = new EnumMap<>(Direction.class);
    private Duration minDelay = Duration.ofMillis(1);
    private Duration maxDelay = Duration.ofMillis(100);
    private double refuseConnect;
    private double hangConnect;
    private double swallowPong;

    private Builder(long seed) {
      this.seed = seed;
      odds.put(Direction.CLIENT_TO_SERVER, FaultOdds.none());
      odds.put(Direction.SERVER_TO_CLIENT, FaultOdds.none());
    }

    /**
     * The same odds both ways.
     *
     * @param both the odds for frames in either direction; not null
     * @return this builder
     */
    public Builder odds(FaultOdds both) {
      odds(Direction.CLIENT_TO_SERVER, both);
      return odds(Direction.SERVER_TO_CLIENT, both);
    }

    /**
     * The odds for frames travelling {@code direction}; replaces what was set for it before.
     *
     * @param direction the direction the odds apply to; not null
     * @param chances the odds; not null
     * @return this builder
     */
    public Builder odds(Direction direction, FaultOdds chances) {
      odds.put(
          Objects.requireNonNull(direction, "direction"),
          Objects.requireNonNull(chances, "chances"));
      return this;
    }

    /**
     * A delayed frame waits a whole number of milliseconds in [min, max] (default 1..100 ms), drawn
     * uniformly; only whole milliseconds of {@code min} and {@code max} count.
     *
     * @param min the shortest delay; not negative
     * @param max the longest delay; not below {@code min}
     * @return this builder
     * @throws IllegalArgumentException when {@code min} is negative or {@code max} is below it
     */
    public Builder delays(Duration min, Duration max) {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.isNegative()) {
        throw new IllegalArgumentException("min must not be negative, got " + min);
      }
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException("max must not be below min (" + min + "), got " + max);
      }
      this.minDelay = min;
      this.maxDelay = max;
      return this;
    }

    /**
     * The chance that a connect attempt is refused, and that it hangs until its timeout.
     *
     * @param refuse the probability of {@link ConnectAction#REFUSE}, within [0, 1]
     * @param hang the probability of {@link ConnectAction#HANG}, within [0, 1]
     * @return this builder
     * @throws IllegalArgumentException when either is outside [0, 1] or their sum exceeds 1
     */
    public Builder connectOdds(double refuse, double hang) {
      FaultOdds.checkProbability("refuse", refuse);
      FaultOdds.checkProbability("hang", hang);
      if (refuse + hang > 1) {
        throw new IllegalArgumentException(
            "refuse + hang must be at most 1, got " + (refuse + hang));
      }
      this.refuseConnect = refuse;
      this.hangConnect = hang;
      return this;
    }

    /**
     * The chance that a ping goes unanswered.
     *
     * @param swallow the probability, within [0, 1], that a given ping gets no pong
     * @return this builder
     * @throws IllegalArgumentException when {@code swallow} is outside [0, 1]
     */
    public Builder pongSwallowOdds(double swallow) {
      FaultOdds.checkProbability("swallow", swallow);
      this.swallowPong = swallow;
      return this;
    }

    /**
     * Makes the plan from the settings so far; later changes to this builder do not reach it.
     *
     * @return a stateless, thread-safe plan
     */
    public RandomFaults build() {
      return new RandomFaults(this);
    }
  }
}
