package io.ecrhub.cli.command;

import io.ecrhub.cli.option.JournalOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ecr terminals}: the terminals this POS is paired with. */
@Command(
    name = "terminals",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Lists the terminals this POS is paired with ('ecr pair'), from the journal's database:"
          + " serial number, last address, app version, when paired.",
      "Pay on one by serial number with --terminal sn:SERIAL."
    })
public final class TerminalsCommand implements Callable<Integer> {

  @Mixin JournalOption journal;

  @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
  boolean json;

  private final CliContext context;

  /**
   * The {@code ecr terminals} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public TerminalsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ViolationCollector problems = new ViolationCollector();
    JournalLocation location = journal.locate(context, problems);
    Seq<PairedTerminal> paired = List.empty();
    if (problems.isEmpty() && JournalOption.exists(location)) {
      try (JdbcOrderJournal orders = JournalOption.open(location)) {
        paired = orders.pairedTerminals().list();
      } catch (JournalException unreadable) {
        problems.add("--journal", unreadable.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      Seq<Violation> violations = problems.violations();
      ReportPrinter.print(context, json, Report.invalid("terminals", violations), Map.of());
      return Outcome.INVALID.exitCode();
    }
    if (json) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      paired.forEach(
          terminal ->
              array.add(
                  Json.createObjectBuilder()
                      .add("serial_number", terminal.serialNumber())
                      .add("last_address", terminal.lastAddress())
                      .add("app_version", terminal.appVersion())
                      .add("paired_at", terminal.pairedAt().toString())));
      JsonOutput.print(
          context.out(),
          Json.createObjectBuilder()
              .add("command", "terminals")
              .add("outcome", Outcome.OK.name())
              .add("exit_code", Outcome.OK.exitCode())
              .add("count", paired.size())
              .add("terminals", array)
              .build());
    } else if (paired.isEmpty()) {
      context.out().println("no paired terminal (pair with: ecr pair --terminal URI --app-id ID)");
    } else {
      paired.forEach(
          terminal ->
              context
                  .out()
                  .println(
                      terminal.serialNumber()
                          + "  "
                          + terminal.lastAddress()
                          + "  "
                          + (terminal.appVersion().isEmpty() ? "-" : terminal.appVersion())
                          + "  paired "
                          + terminal.pairedAt()));
    }
    context.out().flush();
    return Outcome.OK.exitCode();
  }
}
