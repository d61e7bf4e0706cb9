package io.ecrhub.simulator;

import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.terminal.TerminalDispatcher;
import io.ecrhub.simulator.internal.OrderScreening;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** A simulated terminal on real timer threads, for tests of what happens concurrently. */
final class RealTimers implements AutoCloseable {

  final SimulatorOptions options;
  final SimulatedTerminal terminal;
  final TerminalDispatcher dispatcher;
  private final ScheduledExecutorService executor =
      Executors.newScheduledThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "simulator-test-timer");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger connections = new AtomicInteger();

  RealTimers(SimulatorOptions options) {
    this.options = options;
    this.terminal =
        new SimulatedTerminal(options, new ExecutorScheduler(executor, Clock.systemUTC()));
    this.dispatcher =
        new TerminalDispatcher(
            new ProtocolCodec(TerminalSimulator.topics(options.dialect()), options.maxFrameChars()),
            terminal,
            OrderScreening.SCALE,
            options.dialect());
  }

  /** Waits for something the timer threads do: generously, but polling often. */
  static ConditionFactory eventually() {
    return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5));
  }

  RecordingConnection connect() {
    return new RecordingConnection("rt" + connections.incrementAndGet());
  }

  void send(RecordingConnection connection, String frame) {
    dispatcher.handle(connection, frame);
  }

  TerminalLedger ledger() {
    return terminal.ledger();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
