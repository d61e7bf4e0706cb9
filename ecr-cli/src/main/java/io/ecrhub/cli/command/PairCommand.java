package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.result.TerminalReply;
import picocli.CommandLine.Command;

/** {@code ecr pair}: pairs this POS with the terminal and remembers it. */
@Command(
    name = "pair",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Pairs this POS with the terminal (ecrhub.pair with this POS's device_data) and remembers"
          + " it in the journal's database with its serial number and address ('ecr terminals').",
      "Exit 0 paired; 1 the terminal refused (its code is printed); 2 invalid input; 3 no"
          + " answer; 4 terminal unreachable."
    })
public final class PairCommand extends PairingCommand {

  /**
   * The {@code ecr pair} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public PairCommand(CliContext context) {
    super(context);
  }

  @Override
  TerminalReply<PairedTerminal> ask(EcrClient client) {
    return client.pair();
  }

  @Override
  String accepted(TerminalReply.Answered<PairedTerminal> answer) {
    return answer
        .body()
        .map(
            paired ->
                "paired with terminal "
                    + paired.serialNumber()
                    + " at "
                    + paired.lastAddress()
                    + (paired.appVersion().isEmpty() ? "" : " (app " + paired.appVersion() + ")"))
        .getOrElse("paired, but not remembered: " + answer.message());
  }
}
