package io.ecrhub.cli.output;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns what the payment engine and the terminal said into {@link Report}s. */
public final class Reports {

  /** {@code trans_end_time} as the terminal writes it. */
  static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** What a mismatch asks of the cashier. */
  static final String MISMATCH_ADVICE =
      "the terminal reports a payment under this order's number that is not the order as sent:"
          + " check the terminal's record and settle it by hand before ringing anything up again";

  /** What an unknown outcome asks of the cashier. */
  static final String UNKNOWN_ADVICE =
      "do not ring it up again: run 'ecr recover' (or 'ecr query') once the terminal can answer";

  private Reports() {}

  /**
   * A payment's outcome; the fields the terminal did not report come from the order sent.
   *
   * @param command the CLI command reported, e.g. {@code "sale"}
   * @param terminal the terminal's address as shown to the user
   * @param order the order as sent
   * @param outcome what the payment engine decided
   * @return the report, carrying who decided the outcome unless the order was rejected
   */
  public static Report payment(
      String command, String terminal, PaymentOrder order, PaymentOutcome outcome) {
    return payment(command, orderFields(terminal, order), outcome);
  }

  /**
   * The outcome of an order recovered from the journal.
   *
   * @param entry the journal's entry of the order
   * @param outcome what recovery found out
   * @return the report of the {@code recover} command
   */
  public static Report recovered(JournalEntry entry, PaymentOutcome outcome) {
    return payment("recover", entryFields(entry), outcome);
  }

  /**
   * A payment's outcome over {@code sent}, the fields known before the terminal said anything.
   *
   * @param command the CLI command reported
   * @param sent the fields known before the terminal answered; copied, not changed
   * @param outcome what the payment engine decided
   * @return the report, carrying who decided the outcome unless the order was rejected
   */
  public static Report payment(String command, Map<String, String> sent, PaymentOutcome outcome) {
    Map<String, String> fields = new LinkedHashMap<>(sent);
    Report report =
        outcome.accept(
            new PaymentOutcome.Visitor<Report>() {
              @Override
              public Report approved(PaymentOutcome.Approved approved) {
                putResult(fields, approved.result());
                fields.put(Report.RESPONSE_CODE, ResponseCode.SUCCESS.code());
                fields.put(Report.RESPONSE_MSG, ResponseCode.SUCCESS.description());
                return Report.of(command, Outcome.APPROVED, fields, null);
              }

              @Override
              public Report declined(PaymentOutcome.Declined declined) {
                declined.result().forEach(result -> putResult(fields, result));
                fields.put(Report.RESPONSE_CODE, declined.code().code());
                fields.put(Report.RESPONSE_MSG, declined.message());
                return Report.of(command, Outcome.DECLINED, fields, null);
              }

              @Override
              public Report mismatch(PaymentOutcome.Mismatch mismatch) {
                // the order as sent stays on show; the differences say what the terminal reported
                fields.put(Report.RESPONSE_CODE, ResponseCode.SUCCESS.code());
                mismatch.reported().transNo().forEach(no -> fields.put(Report.TRANS_NO, no));
                fields.put(Report.TRANS_STATUS, mismatch.reported().status().code());
                return Report.of(command, Outcome.MISMATCH, fields, MISMATCH_ADVICE)
                    .withDifferences(mismatch.differences());
              }

              @Override
              public Report unknown(PaymentOutcome.Unknown unknown) {
                unknown.lastKnown().forEach(result -> putResult(fields, result));
                return Report.of(
                    command, Outcome.UNKNOWN, fields, unknown.reason() + "; " + UNKNOWN_ADVICE);
              }

              @Override
              public Report rejected(PaymentOutcome.Rejected rejected) {
                return Report.of(command, Outcome.INVALID, fields, null)
                    .asInvalid(rejected.violations());
              }

              @Override
              public Report notSent(PaymentOutcome.NotSent notSent) {
                if (notSent.reason() == NotSentReason.JOURNAL_UNAVAILABLE) {
                  return Report.of(command, Outcome.INVALID, fields, null)
                      .asInvalid(List.of(new Violation("--journal", notSent.detail())));
                }
                if (notSent.reason() == NotSentReason.STOPPED_BEFORE_SENDING) {
                  return Report.of(
                      command,
                      Outcome.NOT_SENT,
                      fields,
                      "nothing was charged: " + notSent.detail());
                }
                return Report.of(
                    command, Outcome.UNREACHABLE, fields, "nothing was sent: " + notSent.detail());
              }
            });
    return outcome instanceof PaymentOutcome.Rejected
        ? report
        : report.withDecidedBy(outcome.decidedBy());
  }

  /**
   * A {@code pay.query} answer: {@code OK} for {@code 000}, whatever the order's status.
   *
   * @param terminal the terminal's address as shown to the user
   * @param number the order asked about
   * @param reply the terminal's answer, or why there was none
   * @return {@code OK} or {@code DECLINED} when answered, {@code UNKNOWN} without an answer, {@code
   *     UNREACHABLE} when nothing was sent
   */
  public static Report query(
      String terminal, MerchantOrderNo number, TerminalReply<TransactionResult> reply) {
    Map<String, String> fields = requestFields(terminal, number);
    if (reply instanceof TerminalReply.Answered<TransactionResult> answered) {
      answered.body().forEach(result -> putResult(fields, result));
      return answered(fields, "query", answered);
    }
    return unanswered("query", fields, reply);
  }

  /**
   * A {@code pay.close} answer: {@code OK} for {@code 000}.
   *
   * @param terminal the terminal's address as shown to the user
   * @param number the order to close
   * @param reply the terminal's answer, or why there was none
   * @return {@code OK} or {@code DECLINED} when answered, {@code UNKNOWN} without an answer, {@code
   *     UNREACHABLE} when nothing was sent
   */
  public static Report close(
      String terminal, MerchantOrderNo number, TerminalReply<MerchantOrderNo> reply) {
    Map<String, String> fields = requestFields(terminal, number);
    if (reply instanceof TerminalReply.Answered<MerchantOrderNo> answered) {
      return answered(fields, "close", answered);
    }
    return unanswered("close", fields, reply);
  }

  private static Report answered(
      Map<String, String> fields, String command, TerminalReply.Answered<?> answered) {
    fields.put(Report.RESPONSE_CODE, answered.code().code());
    fields.put(Report.RESPONSE_MSG, answered.message());
    Outcome outcome = answered.code().isSuccess() ? Outcome.OK : Outcome.DECLINED;
    return Report.of(command, outcome, fields, null);
  }

  private static Report unanswered(
      String command, Map<String, String> fields, TerminalReply<?> reply) {
    if (reply instanceof TerminalReply.NoAnswer<?> noAnswer) {
      return Report.of(
          command,
          Outcome.UNKNOWN,
          fields,
          "no answer (" + noAnswer.reason() + "): " + noAnswer.detail());
    }
    TerminalReply.NotSent<?> notSent = (TerminalReply.NotSent<?>) reply;
    return Report.of(command, Outcome.UNREACHABLE, fields, "nothing was sent: " + notSent.detail());
  }

  /**
   * What a {@code pay.order} carried, before the terminal says anything.
   *
   * @param terminal the terminal's address as shown to the user
   * @param order the order as sent
   * @return a new mutable map of the report's field names to wire values, absent options left out
   */
  public static Map<String, String> orderFields(String terminal, PaymentOrder order) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(Report.TERMINAL, terminal);
    fields.put(Report.MERCHANT_ORDER_NO, order.merchantOrderNo().value());
    fields.put(Report.TRANS_TYPE, order.type().code());
    fields.put(Report.ORDER_AMOUNT, order.orderAmount().toWire());
    order.tipAmount().forEach(tip -> fields.put(Report.TIP_AMOUNT, tip.toWire()));
    order.cashbackAmount().forEach(cash -> fields.put(Report.CASHBACK_AMOUNT, cash.toWire()));
    order
        .origMerchantOrderNo()
        .forEach(orig -> fields.put(Report.ORIG_MERCHANT_ORDER_NO, orig.value()));
    order.options().payMethod().forEach(m -> fields.put(Report.PAY_METHOD_ID, m.id()));
    order.options().payScenario().forEach(s -> fields.put(Report.PAY_SCENARIO, s.name()));
    order.options().attach().forEach(a -> fields.put(Report.ATTACH, a));
    return fields;
  }

  /**
   * What the journal knows of an order.
   *
   * @param entry the journal's entry
   * @return a new mutable map of the report's field names to wire values, absent values left out
   */
  public static Map<String, String> entryFields(JournalEntry entry) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(Report.TERMINAL, entry.terminalId());
    fields.put(Report.MERCHANT_ORDER_NO, entry.merchantOrderNo().value());
    fields.put(Report.TRANS_TYPE, entry.type().code());
    fields.put(Report.ORDER_AMOUNT, entry.orderAmount().toWire());
    entry
        .origMerchantOrderNo()
        .forEach(orig -> fields.put(Report.ORIG_MERCHANT_ORDER_NO, orig.value()));
    entry.transNo().forEach(transNo -> fields.put(Report.TRANS_NO, transNo));
    entry.transStatus().forEach(status -> fields.put(Report.TRANS_STATUS, status.code()));
    return fields;
  }

  private static Map<String, String> requestFields(String terminal, MerchantOrderNo number) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(Report.TERMINAL, terminal);
    fields.put(Report.MERCHANT_ORDER_NO, number.value());
    return fields;
  }

  /** The terminal's word wins over what was sent. */
  static void putResult(Map<String, String> fields, TransactionResult result) {
    fields.put(Report.MERCHANT_ORDER_NO, result.merchantOrderNo().value());
    fields.put(Report.TRANS_STATUS, result.status().code());
    put(fields, Report.TRANS_NO, result.transNo());
    put(fields, Report.TRANS_TYPE, result.type().map(type -> type.code()));
    put(fields, Report.ORDER_AMOUNT, result.orderAmount().map(Amount::toWire));
    put(fields, Report.TIP_AMOUNT, result.tipAmount().map(Amount::toWire));
    put(fields, Report.CASHBACK_AMOUNT, result.cashbackAmount().map(Amount::toWire));
    put(fields, Report.ORIG_MERCHANT_ORDER_NO, result.origMerchantOrderNo().map(o -> o.value()));
    put(fields, Report.PAY_METHOD_ID, result.payMethod().map(method -> method.id()));
    put(fields, Report.PAY_SCENARIO, result.payScenario().map(scenario -> scenario.name()));
    put(fields, Report.TRANS_END_TIME, result.endTime().map(END_TIME::format));
    put(fields, Report.ATTACH, result.attach());
  }

  private static void put(Map<String, String> fields, String name, Option<String> value) {
    value.forEach(v -> fields.put(name, v));
  }
}
