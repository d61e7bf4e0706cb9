package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.port.PairedTerminal;
import io.ecrhub.domain.result.TerminalReply;
import picocli.CommandLine.Command;

/** {@code ecr unpair}: ends the pairing with the terminal and forgets it. */
@Command(
    name = "unpair",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Ends this POS's pairing with the terminal (ecrhub.unpair) and forgets it.",
      "Exit 0 unpaired; 1 the terminal refused; 2 invalid input; 3 no answer; 4 terminal"
          + " unreachable."
    })
public final class UnpairCommand extends PairingCommand {

  /**
   * The {@code ecr unpair} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public UnpairCommand(CliContext context) {
    super(context);
  }

  @Override
  TerminalReply<PairedTerminal> ask(EcrClient client) {
    return client.unpair();
  }

  @Override
  String accepted(TerminalReply.Answered<PairedTerminal> answer) {
    return answer
        .body()
        .map(paired -> "unpaired from terminal " + paired.serialNumber())
        .getOrElse("unpaired (this journal had no pairing with it)");
  }
}
