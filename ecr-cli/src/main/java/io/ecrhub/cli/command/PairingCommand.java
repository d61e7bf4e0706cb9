package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.option.ClientSettings;
import io.ecrhub.cli.option.JournalOption;
import io.ecrhub.cli.option.TerminalAddress;
import io.ecrhub.cli.option.TerminalOptions;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Failures;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that pairs with the terminal or ends a pairing ({@code ecrhub.pair}, {@code
 * ecrhub.unpair}), remembering the result in the journal's database. Exit 0 when the terminal
 * answered {@code 000}; 1 when it refused (its code is printed); 2 invalid input; 3 no answer; 4
 * terminal unreachable.
 */
abstract class PairingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TerminalOptions terminal;

  @Mixin JournalOption journal;

  private final CliContext context;

  PairingCommand(CliContext context) {
    this.context = context;
  }

  /** Sends the request. */
  abstract TerminalReply<PairedTerminal> ask(EcrClient client);

  /** What an accepted answer means, for a person: "paired with …". */
  abstract String accepted(TerminalReply.Answered<PairedTerminal> answer);

  @Override
  public Integer call() {
    String command = spec.name();
    ViolationCollector problems = new ViolationCollector();
    terminal.check(context, true, problems);
    JournalLocation location = journal.locate(context, problems);
    ClientSettings settings = null;
    if (problems.isEmpty()) {
      settings =
          ClientSettings.of(
              context,
              terminal,
              TerminalAddress.normalize(terminal.terminalOrEnv(context)),
              Duration.ofMinutes(5));
      settings.check(problems);
    }
    if (!problems.isEmpty()) {
      ReportPrinter.print(
          context, terminal.json, Report.invalid(command, problems.violations()), Map.of());
      return Outcome.INVALID.exitCode();
    }
    try (JdbcOrderJournal orders = JournalOption.open(location);
        EcrClient client = settings.builder().pairedTerminals(orders.pairedTerminals()).build()) {
      try {
        client.connect().get(settings.connectWait().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException unreachable) {
        return print(
            command,
            settings.terminal(),
            Outcome.UNREACHABLE,
            null,
            "terminal unreachable, nothing was sent: " + Failures.message(unreachable));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return Outcome.UNKNOWN.exitCode();
      }
      TerminalReply<PairedTerminal> reply = ask(client);
      if (reply instanceof TerminalReply.Answered<PairedTerminal> answered) {
        boolean ok = answered.code().equals(ResponseCode.SUCCESS);
        return print(
            command,
            settings.terminal(),
            ok ? Outcome.OK : Outcome.DECLINED,
            answered,
            ok
                ? accepted(answered)
                : "the terminal refused: "
                    + answered.code().code()
                    + " "
                    + (answered.message().isBlank()
                        ? answered.code().description()
                        : answered.message()));
      }
      if (reply instanceof TerminalReply.NoAnswer<PairedTerminal> noAnswer) {
        return print(
            command, settings.terminal(), Outcome.UNKNOWN, null, "no answer: " + noAnswer.detail());
      }
      TerminalReply.NotSent<PairedTerminal> notSent = (TerminalReply.NotSent<PairedTerminal>) reply;
      return print(
          command,
          settings.terminal(),
          Outcome.UNREACHABLE,
          null,
          "nothing was sent: " + notSent.detail());
    }
  }

  private int print(
      String command,
      String terminalUri,
      Outcome outcome,
      TerminalReply.Answered<PairedTerminal> answer,
      String detail) {
    if (terminal.json) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("command", command)
              .add("outcome", outcome.name())
              .add("exit_code", outcome.exitCode())
              .add("terminal", terminalUri)
              .add("detail", detail);
      if (answer != null) {
        json.add("response_code", answer.code().code()).add("response_msg", answer.message());
        answer
            .body()
            .forEach(
                paired ->
                    json.add("serial_number", paired.serialNumber())
                        .add("last_address", paired.lastAddress())
                        .add("app_version", paired.appVersion()));
      }
      JsonOutput.print(context.out(), json.build());
    } else if (outcome == Outcome.OK) {
      context.out().println(detail);
    } else {
      context.err().println("ecr " + command + ": " + detail);
    }
    context.out().flush();
    return outcome.exitCode();
  }
}
