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

  public UsageErrors(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("ecr: " + problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
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

  private static String optionOf(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : "usage";
  }
}
