package io.ecrhub.cli.output;

import java.util.Map;

/** Prints a {@link Report} in the form the user asked for. */
public final class ReportPrinter {

  private ReportPrinter() {}

  /**
   * With {@code json}, the report as the one JSON object on stdout (and, when invalid, the
   * violations on stderr too, for the person watching); otherwise as lines for a person.
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
