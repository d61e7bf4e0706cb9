package io.ecrhub.cli.command;

import io.ecrhub.cli.option.OriginalOrderOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ecr refund}: Refunds part or all of a completed payment (trans_type 3). */
@Command(
    name = "refund",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = "Refunds part or all of a completed payment (trans_type 3).")
public final class RefundCommand extends PaymentCommand {

  @Mixin OriginalOrderOption original;

  /**
   * The {@code ecr refund} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public RefundCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.refund();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    original.applyTo(draft);
  }
}
