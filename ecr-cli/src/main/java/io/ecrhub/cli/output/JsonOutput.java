package io.ecrhub.cli.output;

import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.validation.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} output: one JSON object on one line, written with JSON-P so that every value
 * is escaped as JSON requires. The fields a script may rely on are always present ({@code null}
 * when unknown); the others appear when known. {@code decided_by} says why a payment's outcome was
 * decided; {@code differences} lists, for a {@code MISMATCH}, each field the terminal reported
 * otherwise ({@code field}, {@code sent}, {@code reported}).
 */
public final class JsonOutput {

  /** Always present, {@code null} when not known. */
  static final List<String> ALWAYS =
      List.of(
          Report.MERCHANT_ORDER_NO,
          Report.RESPONSE_CODE,
          Report.RESPONSE_MSG,
          Report.TRANS_NO,
          Report.TRANS_STATUS,
          Report.TRANS_TYPE,
          Report.ORDER_AMOUNT,
          Report.PAY_METHOD_ID);

  /** Present when known. */
  static final List<String> WHEN_KNOWN =
      List.of(
          Report.TERMINAL,
          Report.TIP_AMOUNT,
          Report.CASHBACK_AMOUNT,
          Report.ORIG_MERCHANT_ORDER_NO,
          Report.PAY_SCENARIO,
          Report.TRANS_END_TIME,
          Report.ATTACH);

  private JsonOutput() {}

  /**
   * Prints {@code report} as the one JSON object of this process's stdout.
   *
   * @param out where to print, normally standard output; flushed
   * @param report the command's report
   */
  public static void print(PrintStream out, Report report) {
    print(out, toJson(report).build());
  }

  /**
   * Prints {@code object} on one line, with bidirectional and other formatting characters escaped
   * so that it cannot repaint a screen.
   *
   * @param out where to print, normally standard output; flushed
   * @param object the whole output of the command
   */
  public static void print(PrintStream out, JsonObject object) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = Json.createWriter(text)) {
      writer.writeObject(object);
    }
    // the JSON writer escapes control characters; bidirectional and other formatting characters
    // from the terminal are escaped too, so that JSON shown on a screen cannot be repainted
    out.println(TerminalText.jsonShown(text.toString()));
    out.flush();
  }

  static JsonObjectBuilder toJson(Report report) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("command", report.command())
            .add("outcome", report.outcome().name())
            .add("exit_code", report.outcome().exitCode());
    Map<String, String> fields = report.fields();
    for (String name : ALWAYS) {
      addOrNull(json, name, fields.get(name));
    }
    for (String name : WHEN_KNOWN) {
      String value = fields.get(name);
      if (value != null) {
        json.add(name, value);
      }
    }
    json.add("order_no_generated", report.orderNoGenerated());
    addOrNull(json, "detail", report.detail().getOrNull());
    if (report.elapsedMillis().isDefined()) {
      json.add("elapsed_ms", report.elapsedMillis().get());
    } else {
      json.addNull("elapsed_ms");
    }
    json.add("violations", violations(report.violations()));
    addOrNull(json, "decided_by", report.decidedBy().getOrNull());
    JsonArrayBuilder differences = Json.createArrayBuilder();
    for (Difference difference : report.differences()) {
      differences.add(
          Json.createObjectBuilder()
              .add("field", difference.field())
              .add("sent", difference.sent())
              .add("reported", difference.reported()));
    }
    json.add("differences", differences);
    return json;
  }

  static JsonArrayBuilder violations(Iterable<Violation> violations) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Violation violation : violations) {
      array.add(
          Json.createObjectBuilder()
              .add("field", violation.field())
              .add("option", OptionNames.forField(violation.field()))
              .add("message", violation.message()));
    }
    return array;
  }

  /**
   * Adds {@code name} with {@code value}, or JSON {@code null} when there is none.
   *
   * @param json the object being built
   * @param name the key
   * @param value the text, or {@code null}
   */
  public static void addOrNull(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
