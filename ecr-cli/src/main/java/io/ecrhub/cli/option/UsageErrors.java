package io.ecrhub.cli.option;

import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.List;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse — an unknown option, a duration without a unit, a missing
 * value — ends with exit 2 before anything else happens: the message names the option, and with
 * {@code --json} stdout still carries its one JSON object ({@code INVALID}).
 */
public final class UsageErrors implements IParameterExceptionHandler {

  private final CliContext context;

  /**
   * A handler printing to the streams of {@code context}.
   *
   * @param context where the JSON object goes with {@code --json}; the messages go to picocli's
   *     error writer
   */
  public UsageErrors(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("ecr: " + problem.getMessage());
    String misspeltCommand = misspeltCommand(problem, args);
    if (misspeltCommand != null) {
      err.println("Did you mean: ecr " + misspeltCommand + "?");
    } else {
      UnmatchedArgumentException.printSuggestions(problem, err);
    }
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    if (Arrays.asList(args).contains("--json")) {
      JsonOutput.print(
          context.out(),
          Report.invalid(
              command.getCommandName(),
              List.of(new Violation(optionOf(problem.getArgSpec()), problem.getMessage()))));
    }
    return Outcome.INVALID.exitCode();
  }

  /**
   * The command closest to a mistyped first word ({@code ecr sael} → {@code sale}): picocli's own
   * suggestions rank by shared prefix and miss swapped letters. Null when the first word is no
   * command's typo (an option, or nothing within two edits).
   */
  static String misspeltCommand(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    if (!(problem instanceof UnmatchedArgumentException)
        || command.getCommandSpec().parent() != null
        || args.length == 0
        || args[0].startsWith("-")) {
      return null;
    }
    String typed = args[0].toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String name : command.getSubcommands().keySet()) {
      int distance = editDistance(typed, name);
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String optionOf(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : "usage";
  }
}
