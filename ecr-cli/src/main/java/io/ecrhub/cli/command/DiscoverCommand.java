package io.ecrhub.cli.command;

import io.ecrhub.cli.option.DurationConverter;
import io.ecrhub.cli.option.Durations;
import io.ecrhub.cli.option.InterfaceOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.discovery.DiscoveredTerminal;
import io.ecrhub.discovery.DiscoveryInterface;
import io.ecrhub.discovery.TerminalDiscovery;
import io.ecrhub.domain.validation.ViolationCollector;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ecr discover}: the terminals that announce themselves on the network. */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Lists the terminals that answer over mDNS (_ecr-hub-server._tcp.local.) within the"
          + " timeout: serial number, address, app version.",
      "Exit 0 when at least one answered; 1 when none did; 2 invalid input."
    })
public final class DiscoverCommand implements Callable<Integer> {

  /** The exit code when no terminal answered. */
  static final int NONE_FOUND = 1;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "3s",
      description = "How long to listen for answers (default: 3s).")
  Duration timeout;

  @Mixin InterfaceOption networkInterface;

  @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
  boolean json;

  private final CliContext context;

  /**
   * The {@code ecr discover} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public DiscoverCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ViolationCollector problems = new ViolationCollector();
    Durations.checkPositive(timeout, "--timeout", problems);
    networkInterface.check(context, problems);
    if (!problems.isEmpty()) {
      ReportPrinter.print(
          context, json, Report.invalid("discover", problems.violations()), Map.of());
      return Outcome.INVALID.exitCode();
    }
    InetAddress on = DiscoveryInterface.choose(networkInterface.chosen(context));
    List<DiscoveredTerminal> found;
    try {
      found = TerminalDiscovery.browse(on, timeout);
    } catch (UncheckedIOException cannotSearch) {
      context.err().println("ecr discover: " + cannotSearch.getMessage());
      return NONE_FOUND;
    }
    if (json) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      found.forEach(
          terminal ->
              array.add(
                  Json.createObjectBuilder()
                      .add("serial_number", terminal.serialNumber())
                      .add("address", terminal.address().toString())
                      .add("app_name", terminal.appName())
                      .add("app_version", terminal.appVersion())));
      JsonOutput.print(
          context.out(),
          Json.createObjectBuilder()
              .add("command", "discover")
              .add("interface", on.getHostAddress())
              .add("count", found.size())
              .add("terminals", array)
              .build());
    } else if (found.isEmpty()) {
      context
          .out()
          .println(
              "no terminal answered on "
                  + on.getHostAddress()
                  + " within "
                  + timeout.toMillis()
                  + " ms");
    } else {
      found.forEach(
          terminal ->
              context
                  .out()
                  .println(
                      terminal.serialNumber()
                          + "  "
                          + terminal.address()
                          + "  "
                          + (terminal.appName() + " " + terminal.appVersion()).strip()));
    }
    context.out().flush();
    return found.isEmpty() ? NONE_FOUND : Outcome.OK.exitCode();
  }
}
