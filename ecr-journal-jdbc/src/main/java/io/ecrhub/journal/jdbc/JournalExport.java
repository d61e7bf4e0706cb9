package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.vavr.control.Option;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Journal entries for the accountants: every column of every entry, as CSV (RFC 4180) or as JSON
 * (RFC 8259), in UTF-8.
 *
 * <ul>
 *   <li>The columns are {@link #COLUMNS}, in that order, named as in the journal's table. Amounts
 *       are written as the terminal's decimal text ({@code "34.50"}), never as binary numbers;
 *       times in ISO-8601 UTC ({@code 2026-12-04T09:30:00.123Z}).
 *   <li>CSV: a header row, then one row per entry, lines ending CRLF; a field with a comma, a
 *       quote, a line break or a leading or trailing blank is quoted, its quotes doubled; an absent
 *       value is an empty field. A field a spreadsheet would take for a formula ({@code =}, {@code
 *       +}, {@code -}, {@code @}, a tab or a carriage return first) gets an apostrophe before it,
 *       so that text a terminal sent cannot run in the accountant's spreadsheet.
 *   <li>JSON: an array with one object per entry, every column as a key, an absent value as {@code
 *       null}; text is escaped so that any character, a control character or an unpaired surrogate
 *       too, comes out valid.
 * </ul>
 */
public final class JournalExport {

  /** The output formats. */
  public enum Format {
    /** RFC 4180 comma-separated values with a header row. */
    CSV,
    /** One JSON array of objects, one per entry. */
    JSON;

    /**
     * {@code csv} or {@code json}, in any case.
     *
     * @param name the format's name, such as {@code "CSV"} or {@code " json "}
     * @return the format
     * @throws IllegalArgumentException when {@code name} names neither format
     */
    public static Format of(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException(
            "the export format must be csv or json, got '" + name + "'", unknown);
      }
    }
  }

  /** Every column, in the order written. */
  public static final List<String> COLUMNS =
      List.of(
          "till_id",
          "terminal_id",
          "merchant_order_no",
          "trans_type",
          "order_amount",
          "tip_amount",
          "cashback_amount",
          "orig_merchant_order_no",
          "journal_state",
          "created_at",
          "updated_at",
          "response_code",
          "response_message",
          "trans_no",
          "trans_status",
          "note",
          "decided_by",
          "claim_holder",
          "claim_until");

  private static final List<Function<JournalEntry, Option<String>>> VALUES =
      List.of(
          entry -> Option.some(entry.tillId()),
          entry -> Option.some(entry.terminalId()),
          entry -> Option.some(entry.merchantOrderNo().value()),
          entry -> Option.some(entry.type().code()),
          entry -> Option.some(entry.orderAmount().toWire()),
          entry -> entry.tipAmount().map(Amount::toWire),
          entry -> entry.cashbackAmount().map(Amount::toWire),
          entry -> entry.origMerchantOrderNo().map(MerchantOrderNo::value),
          entry -> Option.some(entry.state().name()),
          entry -> Option.some(entry.createdAt().toString()),
          entry -> Option.some(entry.updatedAt().toString()),
          entry -> entry.responseCode().map(ResponseCode::code),
          JournalEntry::responseMessage,
          JournalEntry::transNo,
          entry -> entry.transStatus().map(TransactionStatus::code),
          JournalEntry::note,
          JournalEntry::decidedBy,
          entry -> entry.claim().map(Claim::holder),
          entry -> entry.claim().map(Claim::until).map(Instant::toString));

  private static final String CRLF = "\r\n";

  private JournalExport() {}

  /**
   * Writes {@code entries} to {@code out} in UTF-8 (without a byte order mark); leaves it open.
   *
   * @param format CSV or JSON
   * @param entries the entries, written in iteration order
   * @param out the stream to write to; flushed, not closed
   * @throws IOException when writing to {@code out} fails; part of the export may have been written
   */
  public static void write(Format format, Iterable<JournalEntry> entries, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(format, entries, writer);
    writer.flush();
  }

  /**
   * Writes {@code entries} to {@code out}; leaves it open.
   *
   * @param format CSV or JSON
   * @param entries the entries, written in iteration order
   * @param out the writer to write to; neither flushed nor closed
   * @throws IOException when writing to {@code out} fails; part of the export may have been written
   */
  public static void write(Format format, Iterable<JournalEntry> entries, Writer out)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(out, "out");
    if (format == Format.CSV) {
      writeCsv(entries, out);
    } else {
      writeJson(entries, out);
    }
  }

  /** The values of one entry, in the order of {@link #COLUMNS}; absent values are none. */
  static List<Option<String>> values(JournalEntry entry) {
    List<Option<String>> values = new ArrayList<>(VALUES.size());
    for (Function<JournalEntry, Option<String>> value : VALUES) {
      values.add(value.apply(entry));
    }
    return values;
  }

  private static void writeCsv(Iterable<JournalEntry> entries, Writer out) throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write(CRLF);
    for (JournalEntry entry : entries) {
      List<Option<String>> values = values(entry);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(values.get(i).map(JournalExport::csvField).getOrElse(""));
      }
      out.write(CRLF);
    }
  }

  /**
   * One CSV field as this export writes it, for other files a back office keeps beside the export
   * (the CLI's {@code ecr reconcile --csv}): quoted when it holds a comma, a quote, a line break,
   * or a leading or trailing blank (and when empty), quotes doubled; an apostrophe before a field a
   * spreadsheet would take for a formula.
   *
   * @param value the field's text; not {@code null}
   * @return the field as it goes between the commas
   */
  public static String csvField(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote =
        text.isEmpty()
            || text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    // an empty text is quoted so that it reads back as empty text, not as an absent value
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static void writeJson(Iterable<JournalEntry> entries, Writer out) throws IOException {
    out.write('[');
    boolean first = true;
    for (JournalEntry entry : entries) {
      out.write(first ? "\n  {" : ",\n  {");
      first = false;
      List<Option<String>> values = values(entry);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(", ");
        }
        out.write(jsonString(COLUMNS.get(i)));
        out.write(": ");
        out.write(values.get(i).map(JournalExport::jsonString).getOrElse("null"));
      }
      out.write('}');
    }
    out.write(first ? "]\n" : "\n]\n");
  }

  static String jsonString(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(value, i)) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private static boolean isUnpairedSurrogate(String value, int index) {
    char c = value.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(value.charAt(index - 1));
    }
    return false;
  }
}
