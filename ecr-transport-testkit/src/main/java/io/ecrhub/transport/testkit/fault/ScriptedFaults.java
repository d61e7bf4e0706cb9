package io.ecrhub.transport.testkit.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A {@link FaultPlan} written as rules, for tests that script exactly which frame goes wrong:
 *
 * <pre>{@code
 * FaultPlan plan = ScriptedFaults.builder()
 *     .when(serverToClient().and(index(0))).drop()                  // lose the first reply
 *     .when(clientToServer().and(containing("pay.order"))).once().disconnect()
 *     .whenConnecting(attempt -> attempt.index() == 1).refuse()     // the first reconnect fails
 *     .build();
 * }</pre>
 *
 * <p>For each frame the rules are tried in the order they were added; the first one that matches
 * and has uses left decides, and anything no rule takes is delivered. A rule applies every time it
 * matches unless limited with {@link FrameRuleBuilder#times(long)} or {@link
 * FrameRuleBuilder#once()}. Thread-safe.
 */
public final class ScriptedFaults implements FaultPlan {

  private final List<Rule<Frame, FaultAction>> frameRules;
  private final List<Rule<ConnectAttempt, ConnectAction>> connectRules;
  private final List<Rule<PingFrame, Boolean>> pongRules;

  private ScriptedFaults(Builder builder) {
    this.frameRules = List.copyOf(builder.frameRules);
    this.connectRules = List.copyOf(builder.connectRules);
    this.pongRules = List.copyOf(builder.pongRules);
  }

  /**
   * Starts a script without rules: everything is delivered until rules are added.
   *
   * @return a new builder; not thread-safe, build the plan on one thread
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public synchronized FaultAction onFrame(Frame frame) {
    return decide(frameRules, frame, FaultAction.deliver());
  }

  @Override
  public synchronized ConnectAction onConnect(ConnectAttempt attempt) {
    return decide(connectRules, attempt, ConnectAction.PROCEED);
  }

  @Override
  public synchronized boolean swallowsPong(PingFrame ping) {
    return decide(pongRules, ping, Boolean.FALSE);
  }

  private static <T, A> A decide(List<Rule<T, A>> rules, T subject, A otherwise) {
    for (Rule<T, A> rule : rules) {
      if (rule.test.test(subject) && rule.use()) {
        return rule.action;
      }
    }
    return otherwise;
  }

  /** One rule and how many more times it may apply (-1: without limit); guarded by the plan. */
  private static final class Rule<T, A> {
    private final Predicate<T> test;
    private final A action;
    private long usesLeft;

    Rule(Predicate<T> test, A action, long uses) {
      this.test = test;
      this.action = action;
      this.usesLeft = uses;
    }

    boolean use() {
      if (usesLeft == 0) {
        return false;
      }
      if (usesLeft > 0) {
        usesLeft--;
      }
      return true;
    }
  }

  private static long checkedTimes(long times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    return times;
  }

  /** Collects the rules of a {@link ScriptedFaults}. */
  public static final class Builder {
    private final List<Rule<Frame, FaultAction>> frameRules = new ArrayList<>();
    private final List<Rule<ConnectAttempt, ConnectAction>> connectRules = new ArrayList<>();
    private final List<Rule<PingFrame, Boolean>> pongRules = new ArrayList<>();

    private Builder() {}

    /**
     * Starts a rule for the frames {@code matcher} selects.
     *
     * @param matcher selects the frames; called under the plan's lock, so keep it quick
     * @return the rule's builder; the rule is added only when one of its action methods is called
     */
    public FrameRuleBuilder when(FrameMatcher matcher) {
      Objects.requireNonNull(matcher, "matcher");
      return new FrameRuleBuilder(this, matcher);
    }

    /**
     * Starts a rule for the connect attempts {@code attempt} selects.
     *
     * @param attempt selects the attempts, e.g. by {@link ConnectAttempt#index()}
     * @return the rule's builder; the rule is added only when one of its action methods is called
     */
    public ConnectRuleBuilder whenConnecting(Predicate<ConnectAttempt> attempt) {
      Objects.requireNonNull(attempt, "attempt");
      return new ConnectRuleBuilder(this, attempt);
    }

    /**
     * No ping is ever answered: every peer behaves like a dead one that keeps its socket open.
     *
     * @return this builder
     */
    public Builder swallowPongs() {
      return swallowPongs(ping -> true);
    }

    /**
     * The pings {@code ping} selects go unanswered, every time they match.
     *
     * @param ping selects the pings to leave unanswered
     * @return this builder
     */
    public Builder swallowPongs(Predicate<PingFrame> ping) {
      Objects.requireNonNull(ping, "ping");
      pongRules.add(new Rule<>(ping, Boolean.TRUE, -1));
      return this;
    }

    /**
     * Makes the plan from the rules added so far; later additions to this builder do not reach it.
     *
     * @return a thread-safe plan
     */
    public ScriptedFaults build() {
      return new ScriptedFaults(this);
    }
  }

  /** The action of one frame rule; each action method ends the rule. */
  public static final class FrameRuleBuilder {
    private final Builder builder;
    private final FrameMatcher matcher;
    private long uses = -1;

    private FrameRuleBuilder(Builder builder, FrameMatcher matcher) {
      this.builder = builder;
      this.matcher = matcher;
    }

    /**
     * The rule applies to the first {@code times} frames it matches only.
     *
     * @param times how many frames the rule takes; at least 1
     * @return this rule builder
     * @throws IllegalArgumentException when {@code times} is below 1
     */
    public FrameRuleBuilder times(long times) {
      this.uses = checkedTimes(times);
      return this;
    }

    /**
     * The rule applies to the first frame it matches only.
     *
     * @return this rule builder
     */
    public FrameRuleBuilder once() {
      return times(1);
    }

    /**
     * Ends the rule with {@code action}; the named methods below are shortcuts for it.
     *
     * @param action what the wire does with each frame the rule takes
     * @return the plan's builder, for the next rule
     */
    public Builder then(FaultAction action) {
      Objects.requireNonNull(action, "action");
      builder.frameRules.add(new Rule<>(matcher::matches, action, uses));
      return builder;
    }

    /**
     * Ends the rule by delivering the frames it takes unchanged, shielding them from later rules.
     *
     * @return the plan's builder, for the next rule
     */
    public Builder deliver() {
      return then(FaultAction.deliver());
    }

    /**
     * Ends the rule by delaying the frames it takes; see {@link FaultAction.Delay}.
     *
     * @param by how long each frame is held back; not negative
     * @return the plan's builder, for the next rule
     */
    public Builder delay(Duration by) {
      return then(FaultAction.delay(by));
    }

    /**
     * Ends the rule by losing the frames it takes.
     *
     * @return the plan's builder, for the next rule
     */
    public Builder drop() {
      return then(FaultAction.drop());
    }

    /**
     * Ends the rule by delivering the frames it takes twice in a row.
     *
     * @return the plan's builder, for the next rule
     */
    public Builder duplicate() {
      return then(FaultAction.duplicate());
    }

    /**
     * Ends the rule by delivering {@code replacement} instead of each frame it takes.
     *
     * @param replacement the text delivered instead; not null, may be empty
     * @return the plan's builder, for the next rule
     */
    public Builder corrupt(String replacement) {
      return then(FaultAction.corrupt(replacement));
    }

    /**
     * Ends the rule by delivering a damaged copy of each frame it takes; see {@link
     * FaultAction.CorruptSeeded}.
     *
     * @param seed chooses the damage, repeatably
     * @return the plan's builder, for the next rule
     */
    public Builder corruptSeeded(long seed) {
      return then(FaultAction.corruptSeeded(seed));
    }

    /**
     * Ends the rule by delivering {@code extraFrame} just before each frame it takes.
     *
     * @param extraFrame the text delivered first; not null
     * @return the plan's builder, for the next rule
     */
    public Builder inject(String extraFrame) {
      return then(FaultAction.inject(extraFrame));
    }

    /**
     * Ends the rule by breaking the connection instead of delivering the frame; see {@link
     * FaultAction.Disconnect}.
     *
     * @return the plan's builder, for the next rule
     */
    public Builder disconnect() {
      return then(FaultAction.disconnect());
    }
  }

  /** The action of one connect rule; each action method ends the rule. */
  public static final class ConnectRuleBuilder {
    private final Builder builder;
    private final Predicate<ConnectAttempt> attempt;
    private long uses = -1;

    private ConnectRuleBuilder(Builder builder, Predicate<ConnectAttempt> attempt) {
      this.builder = builder;
      this.attempt = attempt;
    }

    /**
     * The rule applies to the first {@code times} attempts it matches only.
     *
     * @param times how many attempts the rule takes; at least 1
     * @return this rule builder
     * @throws IllegalArgumentException when {@code times} is below 1
     */
    public ConnectRuleBuilder times(long times) {
      this.uses = checkedTimes(times);
      return this;
    }

    /**
     * The rule applies to the first attempt it matches only.
     *
     * @return this rule builder
     */
    public ConnectRuleBuilder once() {
      return times(1);
    }

    /**
     * Ends the rule with {@code action}; {@link #refuse()} and {@link #hang()} are shortcuts for
     * it.
     *
     * @param action what happens to each attempt the rule takes
     * @return the plan's builder, for the next rule
     */
    public Builder then(ConnectAction action) {
      Objects.requireNonNull(action, "action");
      builder.connectRules.add(new Rule<>(attempt, action, uses));
      return builder;
    }

    /**
     * Ends the rule by refusing the attempts it takes; see {@link ConnectAction#REFUSE}.
     *
     * @return the plan's builder, for the next rule
     */
    public Builder refuse() {
      return then(ConnectAction.REFUSE);
    }

    /**
     * Ends the rule by leaving the attempts it takes unanswered until their connect timeout; see
     * {@link ConnectAction#HANG}.
     *
     * @return the plan's builder, for the next rule
     */
    public Builder hang() {
      return then(ConnectAction.HANG);
    }
  }
}
