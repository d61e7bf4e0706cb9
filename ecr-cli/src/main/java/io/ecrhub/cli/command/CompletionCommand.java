package io.ecrhub.cli.command;

import io.ecrhub.cli.option.FuelOption;
import io.ecrhub.cli.option.OriginalOrderOption;
import io.ecrhub.cli.option.TipOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecr completion}: Completes a pre-authorisation (trans_type 6) for at most its amount. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = "Completes a pre-authorisation (trans_type 6) for at most its amount.")
public final class CompletionCommand extends PaymentCommand {

  @Mixin OriginalOrderOption original;

  @Mixin TipOption tip;

  @Mixin FuelOption fuel;

  /**
   * The {@code ecr completion} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public CompletionCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.completion();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    original.applyTo(draft);
    tip.applyTo(draft);
    fuel.applyTo(draft, violations);
  }
}
