package io.ecrhub.cli.output;

import java.util.Map;

/** Prints a {@link Report} in the form the user asked for. */
public final class ReportPrinter {

  private ReportPrinter() {}

  /**
   * With {@code json}, the report as the one JSON object on stdout (and, when invalid, the
   * violations on stderr too, for the person watching); otherwise as lines for a person.
   *
   * @param context the command's output streams
   * @param json whether {@code --json} was given
   * @param report the command's report
   * @param alreadyShown the fields printed before sending, by name, not to be repeated; empty for
   *     none
   */
  public static void print(
      CliContext context, boolean json, Report report, Map<String, String> alreadyShown) {
    if (json) {
      JsonOutput.print(context.out(), report);
      if (report.outcome() == Outcome.INVALID) {
        HumanOutput.invalid(context.err(), report);
      }
    } else {
      HumanOutput.result(context.out(), context.err(), report, alreadyShown);
    }
  }
}
