package io.ecrhub.cli.command;

import io.ecrhub.cli.option.JournalOption;
import io.ecrhub.cli.option.WindowOptions;
import io.ecrhub.cli.output.CliContext;
import io.ecrhub.cli.output.JsonOutput;
import io.ecrhub.cli.output.Outcome;
import io.ecrhub.cli.output.Report;
import io.ecrhub.cli.output.ReportPrinter;
import io.ecrhub.cli.output.TerminalText;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalExport;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecr journal}: what the order journal holds — a table or JSON for people and scripts, or
 * with {@code --export csv|json} every column of every entry for the accountants ({@link
 * JournalExport}).
 */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    versionProvider = EcrVersion.class,
    description = {
      "Lists what the order journal holds.",
      "The newest orders first, or with --unfinished the orders still waiting for the"
          + " terminal's word, oldest first: those 'ecr recover' settles.",
      "With --export csv|json, every column of every entry (of every till), oldest first, for"
          + " the accountants: CSV per RFC 4180, formulas defused, or a JSON array; --since and"
          + " --until narrow it to a window."
    })
public final class JournalCommand implements Callable<Integer> {

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  @Mixin JournalOption journal;

  @Option(names = "--unfinished", description = "Only orders whose outcome is not known yet.")
  boolean unfinished;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most this many of the newest orders (default: 50).")
  int limit;

  @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
  boolean json;

  @Option(
      names = "--export",
      paramLabel = "FORMAT",
      description = "Write every entry, every column, as csv or json on stdout.")
  String export;

  @Mixin WindowOptions window;

  @Option(
      names = "--create",
      description =
          "Create the journal when there is none at the path; without it, a path that holds no"
              + " journal is invalid input (exit 2), as it is most likely a typo.")
  boolean create;

  private final CliContext context;

  /**
   * The {@code ecr journal} command, run in {@code context}.
   *
   * @param context the output streams, environment and home directory the command uses
   */
  public JournalCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ViolationCollector problems = new ViolationCollector();
    problems.check(limit > 0, "--limit", "must be at least 1, got " + limit);
    JournalExport.Format format = exportFormat(problems);
    JournalWindow chosen = window.window(Instant.EPOCH, ZoneId.systemDefault(), problems);
    JournalLocation location = journal.locate(context, problems);
    if (!problems.isEmpty()) {
      ReportPrinter.print(
          context, json, Report.invalid("journal", problems.violations()), Map.of());
      return Outcome.INVALID.exitCode();
    }
    if (!create && !JournalOption.exists(location)) {
      ReportPrinter.print(
          context,
          json,
          Report.invalid("journal", List.of(JournalOption.missing(location))),
          Map.of());
      return Outcome.INVALID.exitCode();
    }
    String name;
    Seq<JournalEntry> entries;
    try (JdbcOrderJournal orders = JournalOption.open(location)) {
      name = JournalOption.describe(location, orders);
      entries = read(orders, format != null, chosen);
    } catch (JournalException unreadable) {
      ReportPrinter.print(
          context,
          json,
          Report.invalid(
              "journal",
              List.of(
                  new io.ecrhub.domain.validation.Violation("--journal", unreadable.getMessage()))),
          Map.of());
      return Outcome.INVALID.exitCode();
    }
    if (format != null) {
      exportTo(context.out(), format, entries);
    } else if (json) {
      printJson(name, entries);
    } else {
      printTable(context.out(), name, entries);
    }
    return Outcome.OK.exitCode();
  }

  /** The format {@code --export} names; null when absent or, with a violation, unknown. */
  private JournalExport.Format exportFormat(ViolationCollector problems) {
    if (export == null) {
      return null;
    }
    problems.check(!json, "--export", "writes CSV or JSON itself: leave out --json");
    try {
      return JournalExport.Format.of(export);
    } catch (IllegalArgumentException unknown) {
      problems.add("--export", unknown.getMessage());
      return null;
    }
  }

  /**
   * The entries to show: of the window when one is asked for (or for an export, which takes every
   * entry by default), oldest first; else the newest, or the unfinished ones.
   */
  private Seq<JournalEntry> read(JdbcOrderJournal orders, boolean exporting, JournalWindow in) {
    if (exporting || window.given()) {
      Seq<JournalEntry> inWindow = orders.inWindow(in);
      return unfinished ? inWindow.filter(entry -> !entry.state().isFinished()) : inWindow;
    }
    return unfinished ? orders.unfinished() : orders.recent(limit);
  }

  private static void exportTo(
      PrintStream out, JournalExport.Format format, Seq<JournalEntry> entries) {
    try {
      JournalExport.write(format, entries, out);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    out.flush();
  }

  private void printJson(String name, Seq<JournalEntry> entries) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    entries.forEach(entry -> array.add(toJson(entry)));
    JsonOutput.print(
        context.out(),
        Json.createObjectBuilder()
            .add("command", "journal")
            .add("outcome", Outcome.OK.name())
            .add("exit_code", Outcome.OK.exitCode())
            .add("journal", name)
            .add("unfinished_only", unfinished)
            .add("count", entries.size())
            .add("entries", array)
            .build());
  }

  static JsonObjectBuilder toJson(JournalEntry entry) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("merchant_order_no", entry.merchantOrderNo().value())
            .add("terminal", entry.terminalId())
            .add("trans_type", entry.type().code())
            .add("order_amount", entry.orderAmount().toWire())
            .add("state", entry.state().name())
            .add("finished", entry.state().isFinished())
            .add("created_at", entry.createdAt().toString())
            .add("updated_at", entry.updatedAt().toString());
    JsonOutput.addOrNull(
        json,
        "orig_merchant_order_no",
        entry.origMerchantOrderNo().map(o -> o.value()).getOrNull());
    JsonOutput.addOrNull(
        json, "response_code", entry.responseCode().map(c -> c.code()).getOrNull());
    JsonOutput.addOrNull(json, "response_msg", entry.responseMessage().getOrNull());
    JsonOutput.addOrNull(json, "trans_no", entry.transNo().getOrNull());
    JsonOutput.addOrNull(json, "trans_status", entry.transStatus().map(s -> s.code()).getOrNull());
    JsonOutput.addOrNull(json, "note", entry.note().getOrNull());
    return json;
  }

  private void printTable(PrintStream out, String name, Seq<JournalEntry> entries) {
    String what = unfinished ? "unfinished order" : "order";
    String order = unfinished ? "oldest first" : "newest first";
    if (entries.isEmpty()) {
      out.println("journal " + name + ": no " + what + "s");
      return;
    }
    out.println(
        "journal "
            + name
            + ": "
            + entries.size()
            + " "
            + what
            + (entries.size() == 1 ? "" : "s")
            + ", "
            + order);
    int numberWidth =
        Math.max(17, entries.map(e -> e.merchantOrderNo().value().length()).max().get());
    int typeWidth = Math.max(4, entries.map(e -> typeLabel(e).length()).max().get());
    String format =
        "  %-19s  %-" + numberWidth + "s  %-" + typeWidth + "s  %12s  %-9s  %-4s  %-22s  %s";
    out.printf(
        format + "%n",
        "CREATED",
        "MERCHANT_ORDER_NO",
        "TYPE",
        "AMOUNT",
        "STATE",
        "CODE",
        "TRANS_NO",
        "TERMINAL");
    for (JournalEntry entry : entries) {
      // trans_no, notes and terminal ids come from outside: shown with control characters escaped
      String row =
          String.format(
              format,
              LOCAL_TIME.format(entry.createdAt()),
              entry.merchantOrderNo().value(),
              typeLabel(entry),
              entry.orderAmount().toWire(),
              entry.state().name(),
              entry.responseCode().map(c -> c.code()).getOrElse("-"),
              entry.transNo().getOrElse("-"),
              entry.terminalId());
      out.println(TerminalText.shown(row));
      entry.note().forEach(note -> out.println(TerminalText.shown("      " + note)));
    }
    out.flush();
  }

  private static String typeLabel(JournalEntry entry) {
    return entry.type().code() + " " + entry.type().label();
  }
}
