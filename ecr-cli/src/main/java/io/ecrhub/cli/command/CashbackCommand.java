package io.ecrhub.cli.command;

import io.ecrhub.cli.option.CashbackOption;
import io.ecrhub.cli.option.TipOption;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.validation.ViolationCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ecr cashback}: A sale with cashback (trans_type 11): --amount is charged, --cashback
 * handed out.
 */
@Command(
    name = "cashback",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description =
        "A sale with cashback (trans_type 11): --amount is charged, --cashback handed out.")
public final class CashbackCommand extends PaymentCommand {

  @Mixin CashbackOption cashback;

  @Mixin TipOption tip;

  /**
   * The {@code ecr cashback} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public CashbackCommand(CliContext context) {
    super(context);
  }

  @Override
  OrderDraft newDraft() {
    return OrderDraft.cashback();
  }

  @Override
  void applyOwnOptions(OrderDraft draft, ViolationCollector violations) {
    cashback.applyTo(draft);
    tip.applyTo(draft);
  }
}
