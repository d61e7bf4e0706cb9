package io.ecrhub.cli.output;

import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.reconciliation.Agreement;
import io.ecrhub.domain.reconciliation.ReconciledOrder;
import io.ecrhub.domain.reconciliation.TerminalView;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JournalExport;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What {@code ecr reconcile} prints: a line per order and a verdict, one JSON object, or CSV rows
 * (RFC 4180, as the journal's export) — and the exit code all of them stand for.
 */
public final class ReconcileOutput {

  /** The columns of {@code --csv}, and the keys of each order in {@code --json}. */
  public static final List<String> COLUMNS =
      List.of(
          "terminal_id",
          "till_id",
          "merchant_order_no",
          "trans_type",
          "order_amount",
          "created_at",
          "journal_state",
          "terminal_said",
          "terminal_view",
          "trans_status",
          "trans_no",
          "agreement",
          "settled_as",
          "explanation");

  private static final List<Function<ReconciledOrder, Option<String>>> VALUES =
      List.of(
          order -> Option.some(order.journal().terminalId()),
          order -> Option.some(order.journal().tillId()).filter(till -> !till.isEmpty()),
          order -> Option.some(order.journal().merchantOrderNo().value()),
          order -> Option.some(order.journal().type().code()),
          order -> Option.some(order.journal().orderAmount().toWire()),
          order -> Option.some(order.journal().createdAt().toString()),
          order -> Option.some(order.journal().state().name()),
          order -> order.terminal().map(TerminalView::said),
          order -> order.terminal().map(view -> view.kind().name()),
          order -> order.terminal().flatMap(TerminalView::reported).map(r -> r.status().code()),
          order -> order.terminal().flatMap(TerminalView::reported).flatMap(r -> r.transNo()),
          order -> Option.some(order.agreement().name()),
          order -> order.settled().map(ReconcileOutput::kind),
          order -> Option.some(order.explanation()));

  private ReconcileOutput() {}

  /**
   * A disagreement first: a person must look. Then a terminal not reached, then orders that could
   * not be compared (no answer, held by another process); all agree, or were settled now: OK.
   *
   * @param orders the reconciled orders
   * @param someTerminalUnreached whether any terminal of the window could not be asked
   * @return {@code MISMATCH}, {@code UNREACHABLE}, {@code UNKNOWN} or {@code OK}, in that
   *     precedence
   */
  public static Outcome overall(Seq<ReconciledOrder> orders, boolean someTerminalUnreached) {
    if (orders.exists(order -> order.agreement() == Agreement.DISAGREES)) {
      return Outcome.MISMATCH;
    }
    if (someTerminalUnreached) {
      return Outcome.UNREACHABLE;
    }
    if (orders.exists(
        order ->
            order.agreement() == Agreement.UNANSWERED
                || order.agreement() == Agreement.IN_FLIGHT)) {
      return Outcome.UNKNOWN;
    }
    return Outcome.OK;
  }

  /**
   * {@code 4 orders: 1 agree, 1 settled, 2 disagrees}, counted as the domain counts them.
   *
   * @param orders the reconciled orders
   * @return the count of orders, then the count of each agreement present, in the domain's order
   */
  public static String summary(Seq<ReconciledOrder> orders) {
    StringBuilder text =
        new StringBuilder().append(orders.size()).append(orders.size() == 1 ? " order" : " orders");
    String separator = ": ";
    for (Agreement agreement : Agreement.values()) {
      int count = orders.count(order -> order.agreement() == agreement);
      if (count > 0) {
        text.append(separator).append(count).append(' ').append(lower(agreement.name()));
        separator = ", ";
      }
    }
    return text.toString();
  }

  /**
   * One order: {@code R1 1 sale 10.00 DISAGREES journal DECLINED; terminal 000, …}.
   *
   * @param order the reconciled order
   * @return the indented, column-padded line, without a line break
   */
  public static String line(ReconciledOrder order) {
    JournalEntry entry = order.journal();
    return "  "
        + HumanOutput.pad(entry.merchantOrderNo().value(), 20)
        + HumanOutput.pad(entry.type().code() + " " + entry.type().label(), 16)
        + HumanOutput.pad(entry.orderAmount().toWire(), 12)
        + HumanOutput.pad(order.agreement().name(), 11)
        + order.explanation();
  }

  /**
   * The last line of the human output: what the exit code means, in words.
   *
   * @param overall the outcome from {@link #overall}
   * @param orders the reconciled orders, to count the disagreements
   * @return the sentence, naming the exit code
   */
  public static String verdict(Outcome overall, Seq<ReconciledOrder> orders) {
    return switch (overall) {
      case MISMATCH ->
          "DISAGREEMENT: the journal and the terminal differ on "
              + orders.count(order -> order.agreement() == Agreement.DISAGREES)
              + " order(s); the journal was left as it is — a person must check them (exit 5)";
      case UNREACHABLE ->
          "not every terminal could be reached: its orders were not compared (exit 4)";
      case UNKNOWN ->
          "some orders could not be compared: no answer, or another process works on them (exit"
              + " 3)";
      default -> "the journal and the terminal agree on every order (exit 0)";
    };
  }

  /**
   * The {@code --json} output.
   *
   * @param journalName the journal's redacted name
   * @param window the time window reconciled
   * @param orders the reconciled orders, one object each with the keys of {@link #COLUMNS}
   * @param unreachedTerminals the terminals that could not be asked
   * @param overall the outcome from {@link #overall}
   * @return the document to print
   */
  public static JsonObject json(
      String journalName,
      JournalWindow window,
      Seq<ReconciledOrder> orders,
      Seq<String> unreachedTerminals,
      Outcome overall) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (ReconciledOrder order : orders) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      for (int i = 0; i < COLUMNS.size(); i++) {
        JsonOutput.addOrNull(object, COLUMNS.get(i), VALUES.get(i).apply(order).getOrNull());
      }
      array.add(object);
    }
    JsonArrayBuilder unreached = Json.createArrayBuilder();
    unreachedTerminals.forEach(unreached::add);
    JsonObjectBuilder result =
        Json.createObjectBuilder()
            .add("command", "reconcile")
            .add("outcome", overall.name())
            .add("exit_code", overall.exitCode())
            .add("journal", journalName)
            .add("since", window.since().toString());
    JsonOutput.addOrNull(result, "until", window.until().map(Object::toString).getOrNull());
    return result
        .add("all_agree", overall == Outcome.OK)
        .add("summary", summary(orders))
        .add("count", orders.size())
        .add("unreached_terminals", unreached)
        .add("orders", array)
        .build();
  }

  /**
   * The {@code --csv} output: a header row, then one row per order, lines ending CRLF, in UTF-8
   * whatever the platform charset, as {@code ecr journal --export csv} writes.
   *
   * @param out where to print; flushed, not closed
   * @param orders the reconciled orders
   */
  public static void csv(PrintStream out, Seq<ReconciledOrder> orders) {
    StringBuilder text = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (ReconciledOrder order : orders) {
      for (int i = 0; i < VALUES.size(); i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(VALUES.get(i).apply(order).map(JournalExport::csvField).getOrElse(""));
      }
      text.append("\r\n");
    }
    // bytes, not print(): a file for spreadsheets must not depend on the till's locale
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String kind(PaymentOutcome outcome) {
    return outcome.fold(
        approved -> "APPROVED",
        declined -> "DECLINED",
        mismatch -> "MISMATCH",
        unknown -> "UNKNOWN",
        rejected -> "REJECTED",
        notSent -> "NOT_SENT");
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
