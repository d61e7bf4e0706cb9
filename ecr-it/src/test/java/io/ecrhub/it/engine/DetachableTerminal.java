package io.ecrhub.it.engine;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.terminal.TerminalDispatcher;
import io.ecrhub.protocol.topic.TopicRegistry;
import io.ecrhub.simulator.SimulatedTerminal;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalLedger;
import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The simulator's terminal ({@link SimulatedTerminal} behind a {@link TerminalDispatcher}, as
 * {@link io.ecrhub.simulator.TerminalSimulator} assembles it) on a listener that can go away and
 * come back on the same address while the terminal keeps its ledger and finishes its orders: a
 * terminal whose network drops, not its memory.
 */
final class DetachableTerminal implements AutoCloseable {

  private final ServerTransport transport;
  private final SimulatorOptions options;
  private final ScheduledExecutorService timers = Timers.newTimer();
  private final SimulatedTerminal terminal;
  private final TerminalDispatcher dispatcher;
  private int port;
  private ServerBinding binding;

  DetachableTerminal(ScenarioWire wire, SimulatorOptions options) {
    this.transport = wire.newServerTransport();
    this.options = options;
    this.port = options.port();
    this.terminal = new SimulatedTerminal(options, new ExecutorScheduler(timers, options.clock()));
    this.dispatcher =
        new TerminalDispatcher(
            new ProtocolCodec(TopicRegistry.standard(), options.maxFrameChars()),
            terminal,
            CurrencyScale.TWO,
            options.echoRequestId());
  }

  /** Starts listening, on the port of the first attachment every time after it. */
  synchronized URI attach() {
    binding =
        TerminalRig.await(
            transport.bind(
                new BindOptions(options.host(), port, options.maxFrameChars()), dispatcher));
    port = binding.port();
    return binding.address();
  }

  /** Stops listening and drops every connection; orders in progress go on. */
  synchronized void detach() {
    if (binding != null) {
      binding.close();
      binding = null;
    }
  }

  TerminalLedger ledger() {
    return terminal.ledger();
  }

  @Override
  public void close() {
    try {
      detach();
    } finally {
      timers.shutdownNow();
    }
  }
}
