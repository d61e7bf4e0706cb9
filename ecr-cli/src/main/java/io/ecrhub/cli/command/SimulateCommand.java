package io.ecrhub.cli.command;

import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.HumanOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.discovery.DiscoveryInterface;
import io.ecrhub.discovery.TerminalAdvertisement;
import io.ecrhub.discovery.TerminalService;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.terminal.TerminalDialect;
import io.ecrhub.simulator.PairingPolicy;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalIdentity;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.ui.SimulatorUi;
import io.ecrhub.transport.serial.SerialServerTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * serial:PORT}), once it accepts connections (and, with {@code --advertise}, once it is announced
 * over mDNS) — a script waits for that line, then pays against the address in it. With {@code --ui}
 * a second line follows, {@code ui on http://HOST:PORT/}: the terminal's screen in a browser, where
 * a tester decides each order by hand.
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
          "vendor (default): every answer carries topic, app_id, request_id (when the request had"
              + " one) and a biz_data object; ecrhub.pay.init, ecrhub.pair and ecrhub.unpair are"
              + " answered, and the vendor SDK's spellings read (README, Leniencies). seed: the"
              + " seed's four topics, shapes and strictness; answers never carry request_id.")
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

  @Option(
      names = "--serial-number",
      paramLabel = "SN",
      defaultValue = TerminalIdentity.DEFAULT_SERIAL_NUMBER,
      description =
          "The terminal's serial number, announced by --advertise and named in pairing answers"
              + " (default: "
              + TerminalIdentity.DEFAULT_SERIAL_NUMBER
              + ").")
  String serialNumber;

  @Option(
      names = "--advertise",
      description =
          "Announce the terminal over mDNS as a terminal does (_ecr-hub-server._tcp.local.,"
              + " instance = serial number, TXT app_name and app_version), on the interface of"
              + " --host (the first LAN address when --host is 0.0.0.0).")
  boolean advertise;

  /** How the terminal answers ecrhub.pair. */
  enum PairingAnswer {
    /** Pairing accepted: 000. */
    ACCEPT,
    /** Pairing refused, as an operator who declines it on the screen: 115. */
    REFUSE
  }

  @Option(
      names = "--pairing",
      paramLabel = "ANSWER",
      defaultValue = "ACCEPT",
      description = "accept (default) or refuse (115) ecrhub.pair requests.")
  PairingAnswer pairing;

  @Option(
      names = "--require-pairing",
      description = "Refuse (116) the ecrhub.pay.* requests of a POS that is not paired.")
  boolean requirePairing;

  private final CliContext context;

  /**
   * The {@code ecr simulate} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
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
    problems.check(
        TerminalIdentity.SERIAL_NUMBER.matcher(serialNumber).matches(),
        "--serial-number",
        "must be 1-63 letters, digits, '-' or '_', got '" + serialNumber + "'");
    problems.check(
        !advertise || serialPort == null, "--advertise", "announces a WebSocket, not --serial");
    if (!problems.isEmpty()) {
      HumanOutput.invalid(context.err(), Report.invalid("simulate", problems.violations()));
      return Outcome.INVALID.exitCode();
    }
    SimulatorOptions options =
        SimulatorOptions.defaults()
            .withHost(serialPort == null ? host : serialPort)
            .withPort(serialPort == null ? port : 0)
            .withAppId(appId)
            .withApproveDelay(approveDelay)
            .withDialect(dialect == Dialect.VENDOR ? TerminalDialect.VENDOR : TerminalDialect.SEED)
            .withIdentity(TerminalIdentity.defaults().withSerialNumber(serialNumber))
            .withPairing(new PairingPolicy(pairing == PairingAnswer.ACCEPT, requirePairing));
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
    TerminalAdvertisement advertisement = null;
    if (advertise) {
      try {
        advertisement = advertise(simulator, options.identity());
      } catch (UncheckedIOException | IllegalArgumentException cannotAnnounce) {
        screen.ifPresent(SimulatorUi::close);
        simulator.close();
        context.err().println("ecr simulate: " + cannotAnnounce.getMessage());
        return CANNOT_LISTEN;
      }
    }
    TerminalAdvertisement announced = advertisement;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // goodbye first, so that POS searching for it forget this address at once
                  if (announced != null) {
                    announced.close();
                  }
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

  /**
   * Announces the terminal on the interface it listens on: the address of {@code --host}, or the
   * first LAN address when it listens on every interface.
   */
  private TerminalAdvertisement advertise(TerminalSimulator simulator, TerminalIdentity identity) {
    InetAddress listening;
    try {
      listening = InetAddress.getByName(host);
    } catch (UnknownHostException unknown) {
      throw new IllegalArgumentException("--host " + host + " is not an address of this machine");
    }
    InetAddress on =
        DiscoveryInterface.choose(
            listening.isAnyLocalAddress() ? Optional.empty() : Optional.of(listening));
    TerminalAdvertisement advertisement =
        TerminalAdvertisement.start(
            on,
            identity.serialNumber(),
            simulator.address().getPort(),
            identity.appName(),
            identity.appVersion());
    context
        .err()
        .println(
            "advertised as "
                + identity.serialNumber()
                + " ("
                + TerminalService.TYPE
                + ") on "
                + on.getHostAddress());
    return advertisement;
  }
}
