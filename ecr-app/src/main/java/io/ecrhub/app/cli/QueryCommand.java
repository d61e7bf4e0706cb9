package io.ecrhub.app.cli;

import io.ecrhub.app.api.EcrClient;
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
final class QueryCommand extends OrderRequestCommand {

  QueryCommand(CliContext context) {
    super(context);
  }

  @Override
  Report ask(EcrClient client, String terminalUri, MerchantOrderNo number) {
    return Reports.query(terminalUri, number, client.query(number));
  }
}
