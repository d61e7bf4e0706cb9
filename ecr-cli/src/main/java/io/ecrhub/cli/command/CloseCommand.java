package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.Reports;
import io.ecrhub.domain.model.MerchantOrderNo;
import picocli.CommandLine.Command;

/** {@code ecr close}: closes an order that is not paid yet. */
@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Closes an order that is not paid yet (pay.close).",
      "This is how a cashier cancels the open order. Exit 0 when answered 000; 1 when the"
          + " order is already completed (201) or unknown (104)."
    })
public final class CloseCommand extends OrderRequestCommand {

  /**
   * The {@code ecr close} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public CloseCommand(CliContext context) {
    super(context);
  }

  @Override
  Report ask(EcrClient client, String terminalUri, MerchantOrderNo number) {
    return Reports.close(terminalUri, number, client.closeOrder(number));
  }
}
