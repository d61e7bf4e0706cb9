package io.ecrhub.cli;

import io.ecrhub.cli.command.CashbackCommand;
import io.ecrhub.cli.command.CloseCommand;
import io.ecrhub.cli.command.CompletionCommand;
import io.ecrhub.cli.command.DemoCommand;
import io.ecrhub.cli.command.DiscoverCommand;
import io.ecrhub.cli.command.EcrVersion;
import io.ecrhub.cli.command.JournalCommand;
import io.ecrhub.cli.command.PairCommand;
import io.ecrhub.cli.command.PaymentCommand;
import io.ecrhub.cli.command.PreAuthCancelCommand;
import io.ecrhub.cli.command.PreAuthCommand;
import io.ecrhub.cli.command.QueryCommand;
import io.ecrhub.cli.command.ReconcileCommand;
import io.ecrhub.cli.command.RecoverCommand;
import io.ecrhub.cli.command.RefundCommand;
import io.ecrhub.cli.command.SaleCommand;
import io.ecrhub.cli.command.SimulateCommand;
import io.ecrhub.cli.command.TerminalsCommand;
import io.ecrhub.cli.command.UnpairCommand;
import io.ecrhub.cli.command.VoidCommand;
import io.ecrhub.cli.option.UsageErrors;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.protocol.client.TerminalUris;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code ecr}: takes payments on a WiseCashier terminal — or on the simulator it also serves — from
 * the command line, through the same client a POS embeds.
 *
 * <pre>
 * java -jar ecr.jar demo
 * java -jar ecr.jar simulate --port 35779
 * java -jar ecr.jar sale --terminal ws://192.168.1.20:35779 --app-id APP --amount 34.50
 * </pre>
 *
 * Exit codes: 0 approved (or a query, close or recovery answered {@code 000}), 1 declined or failed
 * at the terminal, 2 invalid input or usage (nothing sent, no connection opened), 3 outcome still
 * unknown after recovery, 4 terminal unreachable (nothing sent), 5 mismatch: money may have moved,
 * but not as ordered. {@code ecr reconcile}: 0 journal and terminal agree, 5 they disagree, 4 a
 * terminal unreachable, 3 orders that could not be compared.
 */
@Command(
    name = "ecr",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Takes payments on a WiseCashier terminal over the shop's LAN, or on a simulated one.",
      "",
      "Exit codes: 0 approved, or query/close answered 000; 1 declined or failed at the"
          + " terminal; 2 invalid input or usage (nothing sent); 3 outcome still unknown after"
          + " recovery; 4 terminal unreachable (nothing sent); 5 mismatch (the terminal"
          + " reports a payment that differs from the order). ecr reconcile: 0 journal and"
          + " terminal agree, 5 they disagree, 4 a terminal unreachable, 3 not all compared.",
      ""
    })
public final class EcrCommandLine implements Callable<Integer> {

  @Spec CommandSpec spec;

  private EcrCommandLine() {}

  /**
   * Runs {@code ecr} in this process and exits with its exit code.
   *
   * @param args the command line, e.g. {@code sale --amount 9.90}
   */
  public static void main(String[] args) {
    QuietLogging.configure();
    System.exit(run(CliContext.ofThisProcess(), args));
  }

  /** Runs {@code ecr} with {@code args} in {@code context}; returns the exit code. */
  static int run(CliContext context, String... args) {
    return commandLine(context, args).execute(args);
  }

  /**
   * The command line for {@code args}. Picocli reads every command's annotations when it is added,
   * which costs start-up time a one-shot {@code ecr query} should not pay: when {@code args} name a
   * command, only that one is added; otherwise ({@code ecr}, {@code ecr --help}, a typo) all are,
   * so that usage and suggestions are complete.
   */
  static CommandLine commandLine(CliContext context, String... args) {
    CommandLine ecr = new CommandLine(new EcrCommandLine());
    Map<String, Function<CliContext, Object>> commands = commands();
    Function<CliContext, Object> named = args.length > 0 ? commands.get(args[0]) : null;
    if (named != null) {
      ecr.addSubcommand(args[0], named.apply(context));
    } else {
      commands.forEach((name, command) -> ecr.addSubcommand(name, command.apply(context)));
      ecr.addSubcommand("help", new CommandLine.HelpCommand());
    }
    // option values naming a choice read in any case: --dialect seed, --dialect SEED
    ecr.setCaseInsensitiveEnumValuesAllowed(true);
    ecr.setOut(new PrintWriter(context.out(), true));
    ecr.setErr(new PrintWriter(context.err(), true));
    ecr.setParameterExceptionHandler(new UsageErrors(context));
    ecr.setExecutionExceptionHandler(new UnexpectedFailures());
    return ecr;
  }

  /** Every command, in the order the usage lists them. */
  private static Map<String, Function<CliContext, Object>> commands() {
    Map<String, Function<CliContext, Object>> commands = new LinkedHashMap<>();
    commands.put("simulate", SimulateCommand::new);
    commands.put("sale", SaleCommand::new);
    commands.put("cashback", CashbackCommand::new);
    commands.put("preauth", PreAuthCommand::new);
    commands.put("void", VoidCommand::new);
    commands.put("refund", RefundCommand::new);
    commands.put("preauth-cancel", PreAuthCancelCommand::new);
    commands.put("completion", CompletionCommand::new);
    commands.put("query", QueryCommand::new);
    commands.put("close", CloseCommand::new);
    commands.put("recover", RecoverCommand::new);
    commands.put("journal", JournalCommand::new);
    commands.put("discover", DiscoverCommand::new);
    commands.put("pair", PairCommand::new);
    commands.put("unpair", UnpairCommand::new);
    commands.put("terminals", TerminalsCommand::new);
    commands.put("reconcile", ReconcileCommand::new);
    commands.put("demo", DemoCommand::new);
    return commands;
  }

  /** {@code ecr} alone: the usage, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Outcome.INVALID.exitCode();
  }

  /**
   * A failure no command expected. During a payment the order may be in flight, so the exit code is
   * 3 (unknown) rather than 1: a "declined" that was not would make the cashier charge twice.
   */
  private static final class UnexpectedFailures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception failure, CommandLine command, ParseResult parseResult) {
      PrintWriter err = command.getErr();
      if (failure instanceof JournalException journal) {
        err.println("ecr " + command.getCommandName() + ": " + journal.getMessage());
      } else {
        err.println(
            "ecr "
                + command.getCommandName()
                + ": unexpected failure: "
                + TerminalUris.redacted(failure.toString()));
      }
      if (command.getCommand() instanceof PaymentCommand) {
        err.println(
            "the order may have reached the terminal: do not ring it up again, run 'ecr recover'");
        return Outcome.UNKNOWN.exitCode();
      }
      return 1;
    }
  }
}
