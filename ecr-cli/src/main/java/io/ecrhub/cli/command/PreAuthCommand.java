package io.ecrhub.cli.command;

import io.ecrhub.cli.option.FuelOption;
import io.ecrhub.cli.option.TipOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecr preauth}: A pre-authorisation (trans_type 4): reserves --amount on the card. */
@Command(
    name = "preauth",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = "A pre-authorisation (trans_type 4): reserves --amount on the card.")
public final class PreAuthCommand extends PaymentCommand {

  @Mixin TipOption tip;

  @Mixin FuelOption fuel;

  /**
   * The {@code ecr preauth} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public PreAuthCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.preAuth();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    tip.applyTo(draft);
    fuel.applyTo(draft, violations);
  }
}
