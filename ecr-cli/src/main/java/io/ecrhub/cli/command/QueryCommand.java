package io.ecrhub.cli.command;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.Reports;
import io.ecrhub.domain.model.MerchantOrderNo;
import picocli.CommandLine.Command;

/** {@code ecr query}: where an order stands at the terminal. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Asks the terminal where an order stands (pay.query).",
      "Exit 0 when answered 000, whatever the order's trans_status; 1 for 104 (no such order)."
    })
public final class QueryCommand extends OrderRequestCommand {

  /**
   * The {@code ecr query} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public QueryCommand(CliContext context) {
    super(context);
  }

  @Override
  Report ask(EcrClient client, String terminalUri, MerchantOrderNo number) {
    return Reports.query(terminalUri, number, client.query(number));
  }
}
