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

    /** Starts a rule for the frames {@code matcher} selects. */
    public FrameRuleBuilder when(FrameMatcher matcher) {
      Objects.requireNonNull(matcher, "matcher");
      return new FrameRuleBuilder(this, matcher);
    }

    /** Starts a rule for the connect attempts {@code attempt} selects. */
    public ConnectRuleBuilder whenConnecting(Predicate<ConnectAttempt> attempt) {
      Objects.requireNonNull(attempt, "attempt");
      return new ConnectRuleBuilder(this, attempt);
    }

    /** No ping is ever answered: every peer behaves like a dead one that keeps its socket open. */
    public Builder swallowPongs() {
      return swallowPongs(ping -> true);
    }

    /** The pings {@code ping} selects go unanswered. */
    public Builder swallowPongs(Predicate<PingFrame> ping) {
      Objects.requireNonNull(ping, "ping");
      pongRules.add(new Rule<>(ping, Boolean.TRUE, -1));
      return this;
    }

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

    /** The rule applies to the first {@code times} frames it matches only. */
    public FrameRuleBuilder times(long times) {
      this.uses = checkedTimes(times);
      return this;
    }

    /** The rule applies to the first frame it matches only. */
    public FrameRuleBuilder once() {
      return times(1);
    }

    public Builder then(FaultAction action) {
      Objects.requireNonNull(action, "action");
      builder.frameRules.add(new Rule<>(matcher::matches, action, uses));
      return builder;
    }

    public Builder deliver() {
      return then(FaultAction.deliver());
    }

    public Builder delay(Duration by) {
      return then(FaultAction.delay(by));
    }

    public Builder drop() {
      return then(FaultAction.drop());
    }

    public Builder duplicate() {
      return then(FaultAction.duplicate());
    }

    public Builder corrupt(String replacement) {
      return then(FaultAction.corrupt(replacement));
    }

    public Builder corruptSeeded(long seed) {
      return then(FaultAction.corruptSeeded(seed));
    }

    public Builder inject(String extraFrame) {
      return then(FaultAction.inject(extraFrame));
    }

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

    public ConnectRuleBuilder times(long times) {
      this.uses = checkedTimes(times);
      return this;
    }

    public ConnectRuleBuilder once() {
      return times(1);
    }

    public Builder then(ConnectAction action) {
      Objects.requireNonNull(action, "action");
      builder.connectRules.add(new Rule<>(attempt, action, uses));
      return builder;
    }

    public Builder refuse() {
      return then(ConnectAction.REFUSE);
    }

    public Builder hang() {
      return then(ConnectAction.HANG);
    }
  }
}
