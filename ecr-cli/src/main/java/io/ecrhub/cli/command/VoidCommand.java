package io.ecrhub.cli.command;

import io.ecrhub.cli.option.OriginalOrderOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecr void}: Voids a completed sale, cashback sale or completion (trans_type 2). */
@Command(
    name = "void",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = "Voids a completed sale, cashback sale or completion (trans_type 2).")
public final class VoidCommand extends PaymentCommand {

  @Mixin OriginalOrderOption original;

  /**
   * The {@code ecr void} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public VoidCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.voidOrder();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    original.applyTo(draft);
  }
}
