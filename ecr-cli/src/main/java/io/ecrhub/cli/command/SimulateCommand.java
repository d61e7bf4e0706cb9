package io.ecrhub.cli.command;

import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.HumanOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.ui.SimulatorUi;
import io.ecrhub.transport.serial.SerialServerTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecr simulate}: a WiseCashier terminal in software on a real WebSocket — or, with {@code
 * --serial PORT}, on a serial port in the vendor's USB framing — until the process is stopped.
 * Prints exactly one line on stdout, {@code listening on ws://HOST:PORT} (or {@code listening on
 * serial:PORT}), once it accepts connections — a script waits for that line, then pays against the
 * address in it. With {@code --ui} a second line follows, {@code ui on http://HOST:PORT/}: the
 * terminal's screen in a browser, where a tester decides each order by hand.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Serves a simulated terminal until stopped.",
      "Prints one line, 'listening on ws://HOST:PORT' (with --serial: 'listening on"
          + " serial:PORT'), once it accepts connections; with --ui a second one, 'ui on"
          + " http://HOST:PORT/', where the terminal's screen is: the connected POS, their orders"
          + " with buttons to approve, decline, time out, stay silent or drop each one, manual"
          + " mode, the ledger and the frames.",
      "Test triggers by the cents of order_amount: .78 a void or pre-auth cancel reported with"
          + " status 3; .81 103, .82 999, .83 112 without a status although completed; .84"
          + " connection dropped, the order unknown (104) for 4 s, then completed; .85 a bare 121"
          + " naming no order; .86 approved in a binary frame; .87 approved reporting amount 0.01,"
          + " .88 reporting type 3, .89 reporting an added tip of 500.00, .90 reporting an"
          + " unreadable amount; .91 declined (115), .92 read card timeout (111), .93 operator"
          + " cancelled (110), .94 no answer (processing 5 s, then completed), .95 approved after"
          + " 3 s, .96 connection dropped (completed 1 s later), .97 answered 108 (result"
          + " unknown) although completed. Any other amount is approved after --approve-delay."
    })
public final class SimulateCommand implements Callable<Integer> {

  /** The exit code when the address cannot be listened on (e.g. the port is taken). */
  static final int CANNOT_LISTEN = 1;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = SimulatorOptions.DEFAULT_HOST,
      description = "The address to listen on; only this one (default: 127.0.0.1).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "35779",
      description = "The port, 0 for any free one (default: 35779, the terminal's).")
  int port;

  @Option(
      names = "--serial",
      paramLabel = "PORT",
      description =
          "Serve over this serial port instead of a WebSocket (e.g. /dev/ttyUSB1, COM7), in the"
              + " vendor's USB framing at 115200 8N1; --host and --port are then not used.")
  String serialPort;

  @Option(
      names = "--app-id",
      paramLabel = "ID",
      description = "Refuse (202) requests naming another app_id; any is accepted by default.")
  String appId;

  @Option(
      names = "--approve-delay",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "300ms",
      description = "How long an ordinary transaction takes (default: 300ms).")
  Duration approveDelay;

  /** Which terminal the simulator answers like. */
  enum Dialect {
    /** The vendor's terminals: an answer echoes the request's request_id when it had one. */
    VENDOR,
    /** The seed's terminal: no request_id in any answer, so a POS must match by order number. */
    SEED
  }

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      defaultValue = "VENDOR",
      description =
          "vendor (default): answers echo request_id when the request had one; seed: answers"
              + " never carry request_id, as the seed's terminal.")
  Dialect dialect;

  @Option(
      names = "--ui",
      description =
          "Also serve the terminal's screen in a browser (prints 'ui on http://HOST:PORT/').")
  boolean ui;

  @Option(
      names = "--ui-host",
      paramLabel = "HOST",
      defaultValue = SimulatorOptions.DEFAULT_HOST,
      description = "The address the screen listens on (default: 127.0.0.1, this machine only).")
  String uiHost;

  @Option(
      names = "--ui-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "The screen's port (default: 0, any free one).")
  int uiPort;

  private final CliContext context;

  public SimulateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    ViolationCollector problems = new ViolationCollector();
    problems.check(host != null && !host.isBlank(), "--host", "must name an address");
    problems.check(
        port >= 0 && port <= 65535, "--port", "must be 0..65535 (0: any free port), got " + port);
    problems.check(appId == null || !appId.isBlank(), "--app-id", "must not be blank");
    problems.check(
        serialPort == null || !serialPort.isBlank(), "--serial", "must name a serial port");
    problems.check(!approveDelay.isNegative(), "--approve-delay", "must not be negative");
    problems.check(uiHost != null && !uiHost.isBlank(), "--ui-host", "must name an address");
    problems.check(
        uiPort >= 0 && uiPort <= 65535,
        "--ui-port",
        "must be 0..65535 (0: any free port), got " + uiPort);
    if (!problems.isEmpty()) {
      HumanOutput.invalid(context.err(), Report.invalid("simulate", problems.violations()));
      return Outcome.INVALID.exitCode();
    }
    SimulatorOptions defaults = SimulatorOptions.defaults();
    SimulatorOptions options =
        new SimulatorOptions(
            serialPort == null ? host : serialPort,
            serialPort == null ? port : 0,
            io.vavr.control.Option.of(appId),
            approveDelay,
            dialect == Dialect.VENDOR,
            defaults.maxFrameChars(),
            defaults.triggerTimings(),
            defaults.clock(),
            defaults.zone());
    TerminalSimulator simulator;
    try {
      simulator =
          TerminalSimulator.start(
              serialPort == null ? new TyrusServerTransport() : new SerialServerTransport(),
              options);
    } catch (TransportException cannotListen) {
      context.err().println("ecr simulate: " + cannotListen.getMessage());
      return CANNOT_LISTEN;
    }
    Optional<SimulatorUi> screen;
    try {
      screen =
          ui
              ? Optional.of(SimulatorUi.start(simulator.screen(), uiHost, uiPort))
              : Optional.empty();
    } catch (UncheckedIOException cannotServe) {
      simulator.close();
      context.err().println("ecr simulate: " + cannotServe.getMessage());
      return CANNOT_LISTEN;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  screen.ifPresent(SimulatorUi::close);
                  simulator.close();
                },
                "ecr-simulator-stop"));
    context.out().println("listening on " + simulator.address());
    screen.ifPresent(started -> context.out().println("ui on " + started.address()));
    context.out().flush();
    // runs until the process is stopped; the shutdown hook closes the connections
    new CountDownLatch(1).await();
    return Outcome.OK.exitCode();
  }
}
