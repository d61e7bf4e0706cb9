package io.ecrhub.simulator;

import io.ecrhub.domain.testing.ManualScheduler;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.terminal.TerminalDispatcher;
import io.ecrhub.simulator.internal.OrderScreening;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A simulated terminal behind the real {@link TerminalDispatcher}, on virtual time: tests send real
 * JSON frames on {@link RecordingConnection}s and move time by hand.
 */
final class TerminalFixture {

  /** 06:36:09 UTC is 14:36:09 in Shanghai: the terminal's local time. */
  static final Instant NOW = Instant.parse("2025-01-13T06:36:09Z");

  static final ZoneId TERMINAL_ZONE = ZoneId.of("Asia/Shanghai");
  static final String LOCAL_END_TIME = "2025-01-13 14:36:09";

  final SimulatorOptions options;
  final ManualScheduler time = new ManualScheduler(NOW);
  final SimulatedTerminal terminal;
  final TerminalDispatcher dispatcher;
  private final AtomicInteger connections = new AtomicInteger();

  private TerminalFixture(SimulatorOptions options) {
    this.options = options;
    this.terminal = new SimulatedTerminal(options, time);
    this.dispatcher =
        new TerminalDispatcher(
            new ProtocolCodec(TerminalSimulator.topics(options.dialect()), options.maxFrameChars()),
            terminal,
            OrderScreening.SCALE,
            options.dialect());
  }

  /** The documented defaults (300 ms approvals, 5/3/1 s triggers), on a fixed clock. */
  static TerminalFixture standard() {
    return with(UnaryOperator.identity());
  }

  static TerminalFixture with(UnaryOperator<SimulatorOptions> change) {
    return new TerminalFixture(
        change.apply(
            SimulatorOptions.defaults()
                .withClock(Clock.fixed(NOW, ZoneId.of("UTC")))
                .withZone(TERMINAL_ZONE)));
  }

  RecordingConnection connect() {
    return new RecordingConnection("c" + connections.incrementAndGet());
  }

  void send(RecordingConnection connection, String frame) {
    dispatcher.handle(connection, frame);
  }

  /** Sends a frame that is answered at once, and returns that answer. */
  Answer exchange(RecordingConnection connection, String frame) {
    int before = connection.answerCount();
    send(connection, frame);
    if (connection.answerCount() != before + 1) {
      throw new AssertionError(
          "expected one immediate answer to " + frame + ", got " + connection.answers());
    }
    return connection.lastAnswer();
  }

  /** Sends a {@code pay.order}, lets the approve delay pass and returns the one answer. */
  Answer pay(Frames.Biz biz) {
    RecordingConnection connection = connect();
    send(connection, Frames.payOrder(biz));
    time.advance(options.approveDelay());
    return connection.onlyAnswer();
  }

  Answer query(String merchantOrderNo) {
    return exchange(connect(), Frames.query(merchantOrderNo));
  }

  Answer close(String merchantOrderNo) {
    return exchange(connect(), Frames.close(merchantOrderNo));
  }

  void advance(Duration step) {
    time.advance(step);
  }

  TerminalLedger ledger() {
    return terminal.ledger();
  }
}
