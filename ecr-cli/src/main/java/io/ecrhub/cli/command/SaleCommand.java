package io.ecrhub.cli.command;

import io.ecrhub.cli.option.FuelOption;
import io.ecrhub.cli.option.TipOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecr sale}: A sale (trans_type 1), with optional tip and fuel lines. */
@Command(
    name = "sale",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = "A sale (trans_type 1), with optional tip and fuel lines.")
public final class SaleCommand extends PaymentCommand {

  @Mixin TipOption tip;

  @Mixin FuelOption fuel;

  /**
   * The {@code ecr sale} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public SaleCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.sale();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    tip.applyTo(draft);
    fuel.applyTo(draft, violations);
  }
}
