package io.ecrhub.cli.output;

import io.vavr.collection.Seq;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Map;

/** What {@code ecr recover} prints: a line per order, a summary, or one JSON object. */
public final class RecoveryOutput {

  private RecoveryOutput() {}

  /**
   * {@code A1001 1 sale 34.50 APPROVED 000 ...}: one order, one line.
   *
   * @param report the order's report from {@link Reports#recovered}
   * @return the line, without a line break, with control characters made visible
   */
  public static String line(Report report) {
    Map<String, String> fields = report.fields();
    StringBuilder line =
        new StringBuilder()
            .append(HumanOutput.pad(fields.get(Report.MERCHANT_ORDER_NO), 22))
            .append(
                HumanOutput.pad(
                    HumanOutput.display(Report.TRANS_TYPE, fields.get(Report.TRANS_TYPE)), 22))
            .append(HumanOutput.pad(fields.get(Report.ORDER_AMOUNT), 12))
            .append(HumanOutput.pad(report.outcome().name(), 12));
    report.field(Report.RESPONSE_CODE).forEach(code -> line.append(code).append("  "));
    report
        .field(Report.TRANS_STATUS)
        .forEach(
            status ->
                line.append("status ")
                    .append(HumanOutput.display(Report.TRANS_STATUS, status))
                    .append("  "));
    report
        .field(Report.TRANS_NO)
        .forEach(transNo -> line.append("trans_no ").append(transNo).append("  "));
    report
        .field(Report.RESPONSE_MSG)
        .filter(message -> report.outcome() != Outcome.APPROVED)
        .forEach(message -> line.append(message).append("  "));
    report.differences().forEach(difference -> line.append("!! ").append(difference).append("  "));
    report.decidedBy().forEach(why -> line.append("(").append(why).append(")  "));
    report.detail().forEach(line::append);
    return TerminalText.shown(line.toString().stripTrailing());
  }

  /**
   * {@code settled 2 of 3: 1 approved, 1 declined, 0 not sent, 0 mismatched, 1 still unknown, 0 not
   * reached, 0 invalid}. An invalid order (one the engine refused) is not settled.
   *
   * @param reports every order's report
   * @return the one-line summary
   */
  public static String summary(Seq<Report> reports) {
    return "settled "
        + reports.count(
            r ->
                r.outcome() == Outcome.APPROVED
                    || r.outcome() == Outcome.DECLINED
                    || r.outcome() == Outcome.NOT_SENT)
        + " of "
        + reports.size()
        + ": "
        + count(reports, Outcome.APPROVED)
        + " approved, "
        + count(reports, Outcome.DECLINED)
        + " declined, "
        + count(reports, Outcome.NOT_SENT)
        + " not sent, "
        + count(reports, Outcome.MISMATCH)
        + " mismatched (check them by hand), "
        + count(reports, Outcome.UNKNOWN)
        + " still unknown, "
        + count(reports, Outcome.UNREACHABLE)
        + " not reached, "
        + count(reports, Outcome.INVALID)
        + " invalid";
  }

  /**
   * The {@code --json} output: the overall outcome and every order's report.
   *
   * @param journalName the journal's redacted name
   * @param reports every order's report
   * @param overall the outcome from {@link #overall}
   * @return the document to print
   */
  public static JsonObject json(String journalName, Seq<Report> reports, Outcome overall) {
    JsonArrayBuilder orders = Json.createArrayBuilder();
    reports.forEach(report -> orders.add(JsonOutput.toJson(report)));
    return Json.createObjectBuilder()
        .add("command", "recover")
        .add("outcome", overall.name())
        .add("exit_code", overall.exitCode())
        .add("journal", journalName)
        .add("count", reports.size())
        .add("orders", orders)
        .build();
  }

  /**
   * A mismatch first: it needs a person. Then unreachable before unknown: both leave orders
   * unfinished, and the network is the fix. Then an order the engine refused (invalid): it was not
   * settled either, so the run must not end as if all were.
   *
   * @param reports every order's report
   * @return {@code MISMATCH}, {@code UNREACHABLE}, {@code UNKNOWN}, {@code INVALID}, else {@code
   *     OK}
   */
  public static Outcome overall(Seq<Report> reports) {
    if (reports.exists(report -> report.outcome() == Outcome.MISMATCH)) {
      return Outcome.MISMATCH;
    }
    if (reports.exists(report -> report.outcome() == Outcome.UNREACHABLE)) {
      return Outcome.UNREACHABLE;
    }
    if (reports.exists(report -> report.outcome() == Outcome.UNKNOWN)) {
      return Outcome.UNKNOWN;
    }
    if (reports.exists(report -> report.outcome() == Outcome.INVALID)) {
      return Outcome.INVALID;
    }
    return Outcome.OK;
  }

  private static int count(Seq<Report> reports, Outcome outcome) {
    return reports.count(report -> report.outcome() == outcome);
  }
}
