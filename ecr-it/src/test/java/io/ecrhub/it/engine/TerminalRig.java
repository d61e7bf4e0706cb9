package io.ecrhub.it.engine;

import static org.assertj.core.api.Assertions.fail;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientBuilder;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.protocol.client.JitteredBackoff;
import io.ecrhub.protocol.client.ReconnectPolicy;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalLedger;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.testkit.fault.FaultPlan;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * One scenario's set-up: a {@link TerminalSimulator} on a {@link Wire}, and POS clients built with
 * the public {@link EcrClient#builder()} against it. Timings are shrunk so that a scenario takes
 * milliseconds: the simulator approves at once and its timed triggers ({@code .94}, {@code .95},
 * {@code .96}) take {@link #TRIGGER_DELAY}; a client waits {@link #REPLY_TIMEOUT} for an order's
 * answer unless a scenario needs the timeout to fire ({@link #SHORT_REPLY_TIMEOUT}).
 */
final class TerminalRig implements AutoCloseable {

  static final String APP_ID = "ecrhubit";

  /** How long the simulator's timed triggers take. */
  static final Duration TRIGGER_DELAY = Duration.ofMillis(500);

  /** Long enough for any order the terminal answers; a scenario never waits it out. */
  static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

  /**
   * For scenarios whose order must time out: well short of {@link #TRIGGER_DELAY}, so that a busy
   * machine's late timer does not let a slow answer arrive in time.
   */
  static final Duration SHORT_REPLY_TIMEOUT = Duration.ofMillis(100);

  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(2);

  /** Recovery gives up only after this; no scenario expects it to pass. */
  static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(20);

  static final Backoff RECOVERY_BACKOFF =
      new Backoff(Duration.ofMillis(20), 2.0, Duration.ofMillis(200));

  /** Fast reconnects, without jitter so that nothing in a run is random. */
  static final ReconnectPolicy RECONNECT =
      new JitteredBackoff(
          new Backoff(Duration.ofMillis(20), 2.0, Duration.ofMillis(200)), 0.0, new Random(0));

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /** A test's patience for anything it waits for; reached only when something is broken. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ScenarioWire wire;
  private final TerminalSimulator simulator;
  private final Closer closer = new Closer();

  private TerminalRig(ScenarioWire wire, UnaryOperator<SimulatorOptions> options) {
    this.wire = closer.register(wire);
    try {
      this.simulator =
          closer.register(
              TerminalSimulator.start(
                  wire.newServerTransport(), options.apply(fastSimulator(wire.terminalHost()))));
    } catch (RuntimeException failure) {
      closer.close();
      throw failure;
    }
  }

  /** A simulator on {@code wire} without faults. */
  static TerminalRig start(Wire wire) {
    return on(wire).start();
  }

  /** A simulator on {@code wire} whose timed triggers take {@code timings}. */
  static TerminalRig start(Wire wire, TriggerTimings timings) {
    return on(wire).triggerTimings(timings).start();
  }

  /** A set-up on {@code wire} to adjust before {@link Setup#start()}. */
  static Setup on(Wire wire) {
    return new Setup(wire);
  }

  /** Simulator options for fast tests: immediate approvals, {@link #TRIGGER_DELAY} triggers. */
  static SimulatorOptions fastSimulator(String host) {
    return SimulatorOptions.defaults()
        .withHost(host)
        .withPort(0)
        .withApproveDelay(Duration.ZERO)
        .withTriggerTimings(TriggerTimings.all(TRIGGER_DELAY));
  }

  /** A client builder with this package's timings, for the terminal at {@code terminal}. */
  static EcrClientBuilder fastClient(URI terminal) {
    return EcrClient.builder()
        .terminal(terminal)
        .appId(APP_ID)
        .journal(new InMemoryOrderJournal())
        .replyTimeout(REPLY_TIMEOUT)
        .queryTimeout(QUERY_TIMEOUT)
        .recoveryDeadline(RECOVERY_DEADLINE)
        .recoveryBackoff(RECOVERY_BACKOFF)
        .connectTimeout(CONNECT_TIMEOUT)
        .reconnect(RECONNECT)
        .shutdownGrace(Duration.ofMillis(200));
  }

  TerminalSimulator simulator() {
    return simulator;
  }

  TerminalLedger ledger() {
    return simulator.ledger();
  }

  URI terminal() {
    return simulator.address();
  }

  /** A connected client with this package's timings. */
  EcrClient connect() {
    return connect(builder -> builder);
  }

  /** A connected client with this package's timings as {@code tweak} changes them. */
  EcrClient connect(UnaryOperator<EcrClientBuilder> tweak) {
    EcrClient client = build(tweak);
    await(client.connect());
    return client;
  }

  /** A client not yet connected; closed with the rig. */
  EcrClient build(UnaryOperator<EcrClientBuilder> tweak) {
    return closer.register(
        tweak.apply(fastClient(terminal()).transport(wire.newClientTransport())).build());
  }

  @Override
  public void close() {
    closer.close();
  }

  /** What a scenario changes about the terminal: faults on its frames, its dialect, its timings. */
  static final class Setup {
    private final Wire wire;
    private FaultPlan faults;
    private UnaryOperator<SimulatorOptions> options = UnaryOperator.identity();

    private Setup(Wire wire) {
      this.wire = wire;
    }

    /** The terminal's frames go through {@code plan}. */
    Setup faults(FaultPlan plan) {
      this.faults = plan;
      return this;
    }

    Setup dialect(Dialect dialect) {
      return change(simulator -> simulator.withEchoRequestId(dialect.echoesRequestId()));
    }

    Setup triggerTimings(TriggerTimings timings) {
      return change(simulator -> simulator.withTriggerTimings(timings));
    }

    TerminalRig start() {
      return new TerminalRig(faults == null ? wire.open() : wire.open(faults), options);
    }

    private Setup change(UnaryOperator<SimulatorOptions> change) {
      UnaryOperator<SimulatorOptions> before = options;
      options = simulator -> change.apply(before.apply(simulator));
      return this;
    }
  }

  /** The value of {@code stage}, failing the test when it does not come within the patience. */
  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException late) {
      return fail("nothing came within " + PATIENCE.toSeconds() + " s", late);
    } catch (ExecutionException failed) {
      return fail("failed: " + failed.getCause(), failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return fail("interrupted", interrupted);
    }
  }
}
