package io.ecrhub.cli.output;

import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one terminal command, before it is printed for a person ({@link HumanOutput}) or a
 * program ({@link JsonOutput}).
 *
 * @param command the command's name: {@code sale}, {@code query}, …
 * @param outcome how it ended; its exit code is the process's
 * @param fields what was sent and what the terminal said, by protocol field name ({@code
 *     merchant_order_no}, {@code trans_status}, …) and in display order; absent fields are left out
 * @param orderNoGenerated whether {@code merchant_order_no} was made up because none was given
 * @param detail why, in a sentence, when the outcome needs explaining (unknown, unreachable, …)
 * @param violations what was wrong with the input, for {@link Outcome#INVALID}
 * @param elapsedMillis from sending to the outcome, when something was sent
 * @param decidedBy why a payment's outcome was decided ({@code PaymentOutcome.decidedBy()})
 * @param differences for {@link Outcome#MISMATCH}: how the terminal's report differs from the order
 */
public record Report(
    String command,
    Outcome outcome,
    Map<String, String> fields,
    boolean orderNoGenerated,
    Option<String> detail,
    Seq<Violation> violations,
    Option<Long> elapsedMillis,
    Option<String> decidedBy,
    Seq<Difference> differences) {

  /** Field name: the terminal's address as shown to the user. */
  public static final String TERMINAL = "terminal";

  /** Field name: the order's {@code merchant_order_no}. */
  public static final String MERCHANT_ORDER_NO = "merchant_order_no";

  static final String ORIG_MERCHANT_ORDER_NO = "orig_merchant_order_no";

  /** Field name: the terminal's {@code response_code}. */
  public static final String RESPONSE_CODE = "response_code";

  static final String RESPONSE_MSG = "response_msg";
  static final String TRANS_NO = "trans_no";

  /** Field name: the order's {@code trans_status} as the terminal reported it. */
  public static final String TRANS_STATUS = "trans_status";

  static final String TRANS_TYPE = "trans_type";
  static final String ORDER_AMOUNT = "order_amount";
  static final String TIP_AMOUNT = "tip_amount";
  static final String CASHBACK_AMOUNT = "cashback_amount";
  static final String PAY_METHOD_ID = "pay_method_id";
  static final String PAY_SCENARIO = "pay_scenario";
  static final String TRANS_END_TIME = "trans_end_time";
  static final String ATTACH = "attach";

  /**
   * Copies {@code fields} into an unmodifiable map that keeps their order.
   *
   * @param command the command's name: {@code sale}, {@code query}, …
   * @param outcome how it ended; its exit code is the process's
   * @param fields what was sent and what the terminal said, by protocol field name ({@code
   *     merchant_order_no}, {@code trans_status}, …) and in display order; absent fields are left
   *     out
   * @param orderNoGenerated whether {@code merchant_order_no} was made up because none was given
   * @param detail why, in a sentence, when the outcome needs explaining (unknown, unreachable, …)
   * @param violations what was wrong with the input, for {@link Outcome#INVALID}
   * @param elapsedMillis from sending to the outcome, when something was sent
   * @param decidedBy why a payment's outcome was decided ({@code PaymentOutcome.decidedBy()})
   * @param differences for {@link Outcome#MISMATCH}: how the terminal's report differs from the
   *     order
   * @throws NullPointerException if a component is {@code null}
   */
  public Report {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(outcome, "outcome");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(violations, "violations");
    Objects.requireNonNull(elapsedMillis, "elapsedMillis");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(differences, "differences");
  }

  /**
   * Invalid input: nothing was sent.
   *
   * @param command the command's name
   * @param violations what was wrong with the input; not empty
   * @return an {@link Outcome#INVALID} report without fields
   */
  public static Report invalid(String command, Seq<Violation> violations) {
    return new Report(
        command,
        Outcome.INVALID,
        Map.of(),
        false,
        Option.some("invalid input: nothing was sent"),
        violations,
        Option.none(),
        Option.none(),
        List.empty());
  }

  /** Invalid input with the fields known so far, e.g. a generated order number. */
  Report asInvalid(Seq<Violation> problems) {
    return new Report(
        command,
        Outcome.INVALID,
        fields,
        orderNoGenerated,
        Option.some("invalid input: nothing was sent"),
        problems,
        Option.none(),
        decidedBy,
        differences);
  }

  /**
   * A report without violations, timing, decision or differences.
   *
   * @param command the command's name
   * @param outcome how it ended
   * @param fields the fields to show, in display order; copied
   * @param detail a sentence explaining the outcome, or {@code null} for none
   * @return the report
   */
  public static Report of(
      String command, Outcome outcome, Map<String, String> fields, String detail) {
    return new Report(
        command,
        outcome,
        fields,
        false,
        Option.of(detail),
        List.empty(),
        Option.none(),
        Option.none(),
        List.empty());
  }

  /**
   * This report, with the time from sending to the outcome.
   *
   * @param millis the elapsed time in milliseconds
   * @return a copy with {@code elapsedMillis} set
   */
  public Report withElapsedMillis(long millis) {
    return new Report(
        command,
        outcome,
        fields,
        orderNoGenerated,
        detail,
        violations,
        Option.some(millis),
        decidedBy,
        differences);
  }

  /**
   * This report, saying whether its order number was generated.
   *
   * @param generated {@code true} when the CLI made up {@code merchant_order_no}
   * @return a copy with {@code orderNoGenerated} set
   */
  public Report withOrderNoGenerated(boolean generated) {
    return new Report(
        command,
        outcome,
        fields,
        generated,
        detail,
        violations,
        elapsedMillis,
        decidedBy,
        differences);
  }

  /**
   * This report, saying why its payment outcome was decided.
   *
   * @param why the payment engine's reason, or {@code null} for none
   * @return a copy with {@code decidedBy} set
   */
  public Report withDecidedBy(String why) {
    return new Report(
        command,
        outcome,
        fields,
        orderNoGenerated,
        detail,
        violations,
        elapsedMillis,
        Option.of(why),
        differences);
  }

  /**
   * This report, listing how the terminal's report differs from the order.
   *
   * @param found the differences; empty for none
   * @return a copy with {@code differences} set
   */
  public Report withDifferences(Seq<Difference> found) {
    return new Report(
        command,
        outcome,
        fields,
        orderNoGenerated,
        detail,
        violations,
        elapsedMillis,
        decidedBy,
        found);
  }

  /**
   * A field's value; none when absent.
   *
   * @param name the protocol field name, e.g. {@link #MERCHANT_ORDER_NO}
   * @return the value, or none when the report has no such field
   */
  public Option<String> field(String name) {
    return Option.of(fields.get(name));
  }
}
