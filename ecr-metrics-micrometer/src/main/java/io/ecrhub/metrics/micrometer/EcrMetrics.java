package io.ecrhub.metrics.micrometer;

import io.ecrhub.app.events.ConnectionChange;
import io.ecrhub.app.events.ConnectionState;
import io.ecrhub.app.events.EcrClientListener;
import io.ecrhub.app.events.OrderSubmitted;
import io.ecrhub.app.events.OutcomeDecided;
import io.ecrhub.app.events.OutcomeSource;
import io.ecrhub.app.events.RecoveryEnded;
import io.ecrhub.app.events.RecoveryStarted;
import io.ecrhub.app.events.RoundTrip;
import io.ecrhub.app.events.UndecodableFrame;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.result.PaymentOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The client's events as Micrometer meters: add it as a listener, and every client it listens to is
 * measured in {@code registry}, each with the tag {@value #TERMINAL_TAG} (its terminal's URI,
 * credentials removed) — one instance may serve every lane of a store.
 *
 * <pre>{@code
 * EcrClient ecr = EcrClient.builder()
 *     .terminal("ws://192.168.1.20:35779").appId("app")
 *     .listener(new EcrMetrics(registry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags besides {@code terminal}</th><th>what</th></tr>
 *   <tr><td>{@value #OUTCOMES}</td><td>counter</td><td>{@code kind} (approved, declined,
 *       mismatch, unknown, rejected, not_sent), {@code code} (the terminal's response code; for
 *       not_sent the reason, e.g. {@code unreachable}; else {@code none}), {@code source}
 *       (submitted, recovered, reconciled)</td><td>outcomes decided</td></tr>
 *   <tr><td>{@value #PAYMENTS}</td><td>timer</td><td>{@code kind}</td><td>from {@code submit} to
 *       the outcome</td></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>timer</td><td>{@code request} ({@code pay.order}, {@code
 *       pay.query}, {@code pay.close}), {@code result} (answered, no_answer, not_sent)</td><td>the
 *       round trip of each request</td></tr>
 *   <tr><td>{@value #RECOVERIES}</td><td>counter</td><td>{@code trigger} (connect, requested),
 *       {@code result} (completed, failed)</td><td>recoveries of unfinished orders</td></tr>
 *   <tr><td>{@value #RECONNECTS}</td><td>counter</td><td></td><td>connections made again after
 *       one was lost</td></tr>
 *   <tr><td>{@value #DECODE_FAILURES}</td><td>counter</td><td></td><td>frames from the terminal
 *       that could not be read</td></tr>
 *   <tr><td>{@value #CONNECTED}</td><td>gauge</td><td></td><td>1 while connected, else 0: "terminal
 *       offline" is 0</td></tr>
 *   <tr><td>{@value #CONNECTION_STATE}</td><td>gauge</td><td>{@code state} (each {@link
 *       ConnectionState})</td><td>1 for the current state, 0 for the others</td></tr>
 *   <tr><td>{@value #UNFINISHED_ORDERS}</td><td>gauge</td><td></td><td>orders without a known
 *       outcome as this client saw them: in flight, being recovered, or left unknown and not
 *       settled since</td></tr>
 * </table>
 *
 * <p>Gauges of a terminal appear with its first event. Built on the listener API only, so it
 * measures what a POS could see itself, nothing internal.
 */
public final class EcrMetrics implements EcrClientListener {

  /** Outcomes decided, by kind, code and source. */
  public static final String OUTCOMES = "ecr.outcomes";

  /** From {@code submit} to the outcome, by kind. */
  public static final String PAYMENTS = "ecr.payments";

  /** Round trips of {@code pay.order}, {@code pay.query}, {@code pay.close}, by result. */
  public static final String REQUESTS = "ecr.requests";

  /** Recoveries, by trigger and result. */
  public static final String RECOVERIES = "ecr.recoveries";

  /** Connections made again after one was lost. */
  public static final String RECONNECTS = "ecr.reconnects";

  /** Frames from the terminal that could not be read. */
  public static final String DECODE_FAILURES = "ecr.decode.failures";

  /** 1 while connected, else 0. */
  public static final String CONNECTED = "ecr.connected";

  /** 1 for the current connection state, 0 for the others, tagged {@code state}. */
  public static final String CONNECTION_STATE = "ecr.connection.state";

  /** Orders without a known outcome, as the client saw them. */
  public static final String UNFINISHED_ORDERS = "ecr.orders.unfinished";

  /** The tag naming the terminal on every meter. */
  public static final String TERMINAL_TAG = "terminal";

  private final MeterRegistry registry;
  private final ConcurrentMap<String, TerminalGauges> terminals = new ConcurrentHashMap<>();

  /**
   * Meters in {@code registry}.
   *
   * @param registry where the meters are registered; meters are created on first use, per terminal
   */
  public EcrMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void connectionChanged(ConnectionChange change) {
    gaugesOf(change.terminal()).state(change.current());
    if (change.reconnect()) {
      counter(RECONNECTS, change.terminal()).increment();
    }
  }

  @Override
  public void orderSubmitted(OrderSubmitted submitted) {
    gaugesOf(submitted.terminal()).submitted(submitted.order().merchantOrderNo());
  }

  @Override
  public void outcomeDecided(OutcomeDecided decided) {
    String kind = OutcomeTags.kind(decided.outcome());
    Counter.builder(OUTCOMES)
        .description("payment outcomes decided")
        .tag(TERMINAL_TAG, decided.terminal())
        .tag("kind", kind)
        .tag("code", OutcomeTags.code(decided.outcome()))
        .tag("source", lower(decided.source().name()))
        .register(registry)
        .increment();
    decided
        .elapsed()
        .ifPresent(
            elapsed ->
                Timer.builder(PAYMENTS)
                    .description("from submit to the outcome")
                    .tag(TERMINAL_TAG, decided.terminal())
                    .tag("kind", kind)
                    .register(registry)
                    .record(elapsed));
    TerminalGauges gauges = gaugesOf(decided.terminal());
    decided
        .merchantOrderNo()
        .ifPresent(
            number -> {
              if (refusesResubmission(decided, gauges, number)) {
                return; // the order already unfinished under that number is still unfinished
              }
              if (decided.leavesOrderUnfinished()) {
                gauges.unfinished(number);
              } else {
                gauges.finished(number);
              }
            });
  }

  /**
   * Whether {@code decided} refuses a submission of a number that was already unfinished (a second
   * submit while the first is open is TERMINAL_BUSY; a number left unknown in the journal is
   * Rejected as already used): that refusal decides nothing about the unfinished order.
   */
  private static boolean refusesResubmission(
      OutcomeDecided decided, TerminalGauges gauges, MerchantOrderNo number) {
    return decided.source() == OutcomeSource.SUBMITTED
        && gauges.takeResubmission(number)
        && (decided.outcome() instanceof PaymentOutcome.NotSent
            || decided.outcome() instanceof PaymentOutcome.Rejected);
  }

  @Override
  public void recoveryStarted(RecoveryStarted started) {
    TerminalGauges gauges = gaugesOf(started.terminal());
    started.orders().forEach(gauges::unfinished);
  }

  @Override
  public void recoveryEnded(RecoveryEnded ended) {
    Counter.builder(RECOVERIES)
        .description("recoveries of the journal's unfinished orders")
        .tag(TERMINAL_TAG, ended.terminal())
        .tag("trigger", lower(ended.trigger().name()))
        .tag("result", ended.failed() ? "failed" : "completed")
        .register(registry)
        .increment();
  }

  @Override
  public void roundTrip(RoundTrip roundTrip) {
    Timer.builder(REQUESTS)
        .description("round trips of requests to the terminal")
        .tag(TERMINAL_TAG, roundTrip.terminal())
        .tag("request", roundTrip.request().topic())
        .tag("result", lower(roundTrip.result().name()))
        .register(registry)
        .record(roundTrip.duration());
  }

  @Override
  public void undecodableFrame(UndecodableFrame frame) {
    counter(DECODE_FAILURES, frame.terminal()).increment();
  }

  private Counter counter(String name, String terminal) {
    return Counter.builder(name).tag(TERMINAL_TAG, terminal).register(registry);
  }

  private TerminalGauges gaugesOf(String terminal) {
    return terminals.computeIfAbsent(
        terminal, name -> TerminalGauges.register(registry, TERMINAL_TAG, name));
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
