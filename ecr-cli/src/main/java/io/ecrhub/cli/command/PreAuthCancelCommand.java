package io.ecrhub.cli.command;

import io.ecrhub.cli.option.OriginalOrderOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecr preauth-cancel}: Cancels a pre-authorisation (trans_type 5). */
@Command(
    name = "preauth-cancel",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = "Cancels a pre-authorisation (trans_type 5).")
public final class PreAuthCancelCommand extends PaymentCommand {

  @Mixin OriginalOrderOption original;

  /**
   * The {@code ecr preauth-cancel} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public PreAuthCancelCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.preAuthCancel();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    original.applyTo(draft);
  }
}
