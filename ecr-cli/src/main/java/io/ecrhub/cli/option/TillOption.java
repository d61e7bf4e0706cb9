package io.ecrhub.cli.option;

import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.TillId;
import picocli.CommandLine.Option;

/**
 * {@code --till ID}: the till a command writes the journal as, when many tills share one journal.
 * Falls back to {@code ECR_TILL}, then to this machine's host name.
 */
public final class TillOption {

  @Option(
      names = "--till",
      paramLabel = "ID",
      description =
          "The till this command writes the journal as, when many share one. Env: "
              + TillId.ENVIRONMENT_VARIABLE
              + "; default: the host name.")
  String till;

  /**
   * The till id; null, with a violation naming {@code --till}, when the value is unusable.
   *
   * @param context the command's environment, for {@code ECR_TILL}
   * @param violations collects the problem under {@code --till}
   * @return the till id, or {@code null}
   */
  public String resolve(CliContext context, ViolationCollector violations) {
    try {
      return TillId.resolve(io.vavr.control.Option.of(till), context.environment());
    } catch (IllegalArgumentException unusable) {
      violations.add("--till", unusable.getMessage());
      return null;
    }
  }
}
