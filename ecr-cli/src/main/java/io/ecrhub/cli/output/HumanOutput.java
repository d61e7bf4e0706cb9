package io.ecrhub.cli.output;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.validation.Violation;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The output for a person: what is sent, then the outcome in a word and the terminal's answer in a
 * few aligned lines. Codes are shown with their meaning ({@code 2 (completed)}), as a cashier does
 * not know the tables.
 */
public final class HumanOutput {

  /** The order fields are shown in. */
  static final List<String> DISPLAY_ORDER =
      List.of(
          Report.MERCHANT_ORDER_NO,
          Report.RESPONSE_CODE,
          Report.RESPONSE_MSG,
          Report.TRANS_NO,
          Report.TRANS_STATUS,
          Report.TRANS_TYPE,
          Report.ORDER_AMOUNT,
          Report.TIP_AMOUNT,
          Report.CASHBACK_AMOUNT,
          Report.ORIG_MERCHANT_ORDER_NO,
          Report.PAY_METHOD_ID,
          Report.PAY_SCENARIO,
          Report.TRANS_END_TIME,
          Report.ATTACH);

  private static final int LABEL_WIDTH = 24;

  private HumanOutput() {}

  /**
   * {@code sale to ws://…} and the fields sent.
   *
   * @param out where to print; flushed
   * @param what the command's verb, e.g. {@code "sale"}
   * @param sent the fields about to be sent, by protocol name; {@link Report#TERMINAL} names the
   *     address
   * @param orderNoGenerated whether to mark {@code merchant_order_no} as generated
   */
  public static void sending(
      PrintStream out, String what, Map<String, String> sent, boolean orderNoGenerated) {
    out.println(TerminalText.shown(what + " to " + sent.get(Report.TERMINAL)));
    for (String name : DISPLAY_ORDER) {
      String value = sent.get(name);
      if (value != null) {
        String note =
            name.equals(Report.MERCHANT_ORDER_NO) && orderNoGenerated ? "  (generated)" : "";
        line(out, name, display(name, value) + note);
      }
    }
    out.flush();
  }

  /**
   * The outcome line and the fields that were not shown in {@code alreadyShown} (or changed since);
   * invalid input goes to {@code err}, as a usage error does.
   */
  static void result(
      PrintStream out, PrintStream err, Report report, Map<String, String> alreadyShown) {
    if (report.outcome() == Outcome.INVALID) {
      invalid(err, report);
      return;
    }
    String elapsed = report.elapsedMillis().map(ms -> " in " + ms + " ms").getOrElse("");
    if (report.outcome() == Outcome.MISMATCH) {
      mismatch(out, report, elapsed);
      return;
    }
    out.println(report.outcome().name() + elapsed);
    for (String name : DISPLAY_ORDER) {
      String value = report.fields().get(name);
      if (value == null
          || name.equals(Report.RESPONSE_MSG)
          || Objects.equals(alreadyShown.get(name), value)) {
        continue;
      }
      line(out, name, display(name, value, report.fields()));
    }
    report.decidedBy().forEach(why -> line(out, "decided by", why));
    report.detail().forEach(detail -> line(out, "detail", detail));
    out.flush();
  }

  /**
   * A mismatch is shouted, not listed: the cashier must not read it as a payment. Every difference
   * is shown with what was sent beside what the terminal reported.
   */
  private static void mismatch(PrintStream out, Report report, String elapsed) {
    out.println("MISMATCH" + elapsed + " — NOT APPROVED, NOT DECLINED");
    out.println("  !! the terminal reports a payment that is not this order:");
    for (Difference difference : report.differences()) {
      line(
          out,
          "!! " + difference.field(),
          "terminal says " + difference.reported() + ", the order says " + difference.sent());
    }
    report.field(Report.TRANS_NO).forEach(transNo -> line(out, Report.TRANS_NO, transNo));
    report.decidedBy().forEach(why -> line(out, "decided by", why));
    report.detail().forEach(detail -> line(out, "what to do", detail));
    out.flush();
  }

  /**
   * Invalid input: every violation, named by the option to fix.
   *
   * @param err where to print, normally standard error; flushed
   * @param report an {@link Outcome#INVALID} report
   */
  public static void invalid(PrintStream err, Report report) {
    err.println("ecr " + report.command() + ": invalid input, nothing was sent");
    for (Violation violation : report.violations()) {
      String option = OptionNames.forField(violation.field());
      String where =
          option.equals(violation.field()) ? option : option + " (" + violation.field() + ")";
      err.println(TerminalText.shown("  " + where + ": " + violation.message()));
    }
    err.flush();
  }

  /** One aligned line; what the terminal said is shown with its control characters escaped. */
  static void line(PrintStream out, String label, String value) {
    out.println(TerminalText.shown("  " + pad(label, LABEL_WIDTH) + value));
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  static String display(String name, String value) {
    return display(name, value, Map.of());
  }

  /** A value with its meaning: {@code 2 (completed)}, {@code 115 transaction rejected}. */
  static String display(String name, String value, Map<String, String> fields) {
    switch (name) {
      case Report.TRANS_STATUS:
        return value + " (" + TransactionStatus.of(value).label() + ")";
      case Report.TRANS_TYPE:
        return value + " (" + TransactionType.of(value).label() + ")";
      case Report.RESPONSE_CODE:
        String message = fields.get(Report.RESPONSE_MSG);
        String meaning =
            message == null || message.isBlank() ? ResponseCode.of(value).description() : message;
        return value + "  " + meaning;
      default:
        return value;
    }
  }
}
