package io.ecrhub.simulator;

import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.terminal.TerminalDialect;
import io.ecrhub.protocol.terminal.TerminalDispatcher;
import io.ecrhub.protocol.topic.TopicRegistry;
import io.ecrhub.simulator.internal.OrderScreening;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated WiseCashier terminal listening on a {@link ServerTransport}: a {@link
 * SimulatedTerminal} behind the protocol's {@link TerminalDispatcher}, for tests, demos and POS
 * development without a device.
 *
 * <pre>{@code
 * try (TerminalSimulator simulator =
 *     TerminalSimulator.start(transport, SimulatorOptions.defaults().withPort(0))) {
 *   URI terminal = simulator.address();          // ws://127.0.0.1:<port>
 *   ... pay against it ...
 *   assertThat(simulator.ledger().payOrdersReceived("A1001")).isEqualTo(1);
 * }
 * }</pre>
 *
 * What the terminal answers is described on {@link SimulatedTerminal}; the test triggers on {@link
 * OutcomeTrigger}. Its timers run on daemon threads of its own, stopped by {@link #close()}.
 */
public final class TerminalSimulator implements AutoCloseable {

  /** How long {@link #start} waits for the transport to bind before giving up. */
  public static final Duration BIND_TIMEOUT = Duration.ofSeconds(30);

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ServerBinding binding;
  private final SimulatedTerminal terminal;
  private final FrameLog frames;
  private final TerminalScreen screen;
  private final ScheduledExecutorService timers;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TerminalSimulator(
      ServerBinding binding,
      SimulatedTerminal terminal,
      FrameLog frames,
      TerminalScreen screen,
      ScheduledExecutorService timers) {
    this.binding = binding;
    this.terminal = terminal;
    this.frames = frames;
    this.screen = screen;
    this.timers = timers;
  }

  /**
   * Binds the simulator to {@code options.host():options.port()} and returns once it accepts
   * connections.
   *
   * @param transport the server transport to bind with, such as Tyrus or loopback
   * @param options where to listen and how the terminal behaves
   * @throws TransportException when the transport cannot bind ({@link
   *     TransportException.Kind#BIND_FAILED}, e.g. the port is taken) or does not within {@link
   *     #BIND_TIMEOUT}
   * @return the running simulator; {@link #close()} it when done
   */
  public static TerminalSimulator start(ServerTransport transport, SimulatorOptions options) {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(options, "options");
    ScheduledExecutorService timers = newTimers();
    try {
      ScreenEvents events = new ScreenEvents();
      SimulatedTerminal terminal =
          new SimulatedTerminal(options, new ExecutorScheduler(timers, options.clock()), events);
      TerminalDispatcher dispatcher =
          new TerminalDispatcher(
              new ProtocolCodec(topics(options.dialect()), options.maxFrameChars()),
              terminal,
              OrderScreening.SCALE,
              options.dialect());
      BindOptions bindOptions =
          new BindOptions(options.host(), options.port(), options.maxFrameChars());
      FrameLog frames = new FrameLog();
      WireLog wire = new WireLog(options.clock(), events);
      WireTap tap = new WireTap(options.clock(), frames, wire, events);
      TerminalScreen screen = new TerminalScreen(terminal, tap, wire, events, options.clock());
      ServerBinding binding =
          await(transport.bind(bindOptions, tap.tapping(dispatcher)).toCompletableFuture());
      return new TerminalSimulator(binding, terminal, frames, screen, timers);
    } catch (RuntimeException failure) {
      timers.shutdownNow();
      throw failure;
    }
  }

  /**
   * Where POS clients connect, with the real port: {@code ws://127.0.0.1:35779}.
   *
   * @return the bound WebSocket address, with the real port even when {@code options.port()} was 0
   */
  public URI address() {
    return binding.address();
  }

  /**
   * The terminal's record of every order it received.
   *
   * @return the live ledger, shared with the running terminal
   */
  public TerminalLedger ledger() {
    return terminal.ledger();
  }

  /**
   * The POS devices paired with the terminal, by MAC address.
   *
   * @return a snapshot of the paired devices; empty when none
   */
  public List<PairedPos> pairedPos() {
    return terminal.pairedPos();
  }

  /** The topics a terminal of {@code dialect} understands: the vendor's serves its own too. */
  static TopicRegistry topics(TerminalDialect dialect) {
    return dialect == TerminalDialect.VENDOR ? TopicRegistry.vendor() : TopicRegistry.standard();
  }

  /**
   * The terminal's screen: what a person sees of it, manual mode, and decisions about orders in
   * progress — all a user interface needs.
   *
   * @return the screen of this simulator
   */
  public TerminalScreen screen() {
    return screen;
  }

  /**
   * The frames the terminal received, oldest first, as they arrived — also those it refused or
   * could not read. The last {@value FrameLog#CAPACITY} only.
   *
   * @return a snapshot of the recently received frames
   */
  public List<ReceivedFrame> receivedFrames() {
    return frames.frames();
  }

  /**
   * Stops accepting, closes every connection and stops the simulator's timers: orders still
   * processing stay so in the ledger. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        binding.close();
      } finally {
        timers.shutdownNow();
      }
    }
  }

  private static ServerBinding await(java.util.concurrent.CompletableFuture<ServerBinding> bound) {
    try {
      return bound.get(BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new TransportException(
          TransportException.Kind.BIND_FAILED, "the simulator could not bind: " + cause, cause);
    } catch (TimeoutException slow) {
      bound.thenAccept(ServerBinding::close); // should it bind after all, do not leak it
      throw new TransportException(
          TransportException.Kind.BIND_FAILED,
          "the transport did not bind within " + BIND_TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      bound.thenAccept(ServerBinding::close);
      throw new TransportException(
          TransportException.Kind.BIND_FAILED, "interrupted while binding", interrupted);
    }
  }

  /**
   * Two daemon threads, enough for hundreds of connections: each task only moves an order in the
   * ledger and hands an answer to its connection. Cancelled and pending tasks are dropped on close.
   */
  private static ScheduledExecutorService newTimers() {
    ScheduledThreadPoolExecutor timers =
        new ScheduledThreadPoolExecutor(
            2,
            task -> {
              Thread thread = new Thread(task, "ecr-simulator-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    timers.setRemoveOnCancelPolicy(true);
    timers.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return timers;
  }
}
