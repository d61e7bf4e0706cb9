package io.ecrhub.journal.jdbc;

import static io.ecrhub.journal.jdbc.TestEntries.T0;
import static io.ecrhub.journal.jdbc.TestEntries.complete;
import static io.ecrhub.journal.jdbc.TestEntries.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.ecrhub.journal.jdbc.JournalExport.Format;
import io.vavr.control.Option;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JournalExportTest {

  /** Text a terminal might send: quotes, separators, line breaks, a formula, other scripts. */
  private static final String NASTY =
      "=HYPERLINK(\"http://x\";\"ok\"), \"quoted\"\r\nline 2\tTab \\ back € 日本 \uD83D\uDCB3";

  @Test
  void csv_has_a_header_and_one_rfc_4180_row_per_entry_that_reads_back_to_every_value()
      throws IOException {
    List<JournalEntry> entries = List.of(complete("EXP1"), pending("EXP2", 5), withText(NASTY));

    String csv = export(Format.CSV, entries);

    List<List<String>> rows = parseCsv(csv);
    assertThat(csv).endsWith("\r\n");
    assertThat(rows.get(0)).isEqualTo(JournalExport.COLUMNS);
    assertThat(rows).hasSize(entries.size() + 1);
    for (int i = 0; i < entries.size(); i++) {
      List<String> expected = new ArrayList<>();
      for (Option<String> value : JournalExport.values(entries.get(i))) {
        expected.add(value.map(JournalExportTest::spreadsheetSafe).getOrElse(""));
      }
      assertThat(rows.get(i + 1)).as("row %d", i + 1).isEqualTo(expected);
    }
    List<String> nasty = rows.get(3);
    assertThat(nasty.get(JournalExport.COLUMNS.indexOf("response_message")))
        .as("a formula is defused, the text kept")
        .isEqualTo("'" + NASTY);
    assertThat(rows.get(2).get(JournalExport.COLUMNS.indexOf("tip_amount"))).as("absent").isEmpty();
    assertThat(rows.get(1).get(JournalExport.COLUMNS.indexOf("order_amount")))
        .isEqualTo("1234.567");
  }

  @Test
  void json_is_an_array_of_one_object_per_entry_with_every_column() throws IOException {
    List<JournalEntry> entries = List.of(complete("EXP1"), pending("EXP2", 5), withText(NASTY));

    String json = export(Format.JSON, entries);

    JsonArray array;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      array = reader.readArray();
    }
    assertThat(array).hasSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      JsonObject object = array.getJsonObject(i);
      assertThat(object.keySet()).containsExactlyElementsOf(JournalExport.COLUMNS);
      List<Option<String>> values = JournalExport.values(entries.get(i));
      for (int c = 0; c < values.size(); c++) {
        String column = JournalExport.COLUMNS.get(c);
        if (values.get(c).isDefined()) {
          assertThat(object.getString(column)).as(column).isEqualTo(values.get(c).get());
        } else {
          assertThat(object.get(column)).as(column).isEqualTo(JsonValue.NULL);
        }
      }
    }
    assertThat(array.getJsonObject(0).getString("claim_until"))
        .isEqualTo(T0.plusSeconds(300).toString());
  }

  @Test
  void seeded_random_text_with_any_character_survives_both_formats() throws IOException {
    long seed = 18_4180L;
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    List<JournalEntry> entries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(40); c > 0; c--) {
        text.append((char) random.nextInt(0x3000)); // control characters, other scripts
      }
      entries.add(withText(text.toString()));
    }

    List<List<String>> rows = parseCsv(export(Format.CSV, entries));
    JsonArray array;
    try (JsonReader reader = Json.createReader(new StringReader(export(Format.JSON, entries)))) {
      array = reader.readArray();
    }

    int message = JournalExport.COLUMNS.indexOf("response_message");
    for (int i = 0; i < entries.size(); i++) {
      String sent = entries.get(i).responseMessage().get();
      assertThat(rows.get(i + 1).get(message))
          .as("seed=%d, row %d", seed, i)
          .isEqualTo(spreadsheetSafe(sent).replaceAll("[\uD800-\uDFFF]", "?"));
      assertThat(array.getJsonObject(i).getString("response_message"))
          .as("seed=%d, object %d", seed, i)
          .isEqualTo(sent);
    }
  }

  @Test
  void an_empty_journal_is_a_header_alone_or_an_empty_array_and_formats_are_named_plainly()
      throws IOException {
    assertThat(export(Format.CSV, List.of()))
        .isEqualTo(String.join(",", JournalExport.COLUMNS) + "\r\n");
    assertThat(export(Format.JSON, List.of())).isEqualTo("[]\n");
    assertThat(Format.of(" Csv ")).isEqualTo(Format.CSV);
    assertThat(Format.of("json")).isEqualTo(Format.JSON);
    assertThatThrownBy(() -> Format.of("xlsx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the export format must be csv or json, got 'xlsx'");
  }

  @Test
  void json_escapes_quotes_controls_line_separators_and_lone_surrogates() {
    assertThat(JournalExport.jsonString("a\"b\\c\u0001\u2028\uD800x\uD83D\uDCB3"))
        .isEqualTo("\"a\\\"b\\\\c\\u0001\\u2028\\ud800x\uD83D\uDCB3\"");
  }

  private static String export(Format format, List<JournalEntry> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JournalExport.write(format, entries, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String spreadsheetSafe(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static JournalEntry withText(String text) {
    return pending("TXT" + Math.abs(text.hashCode() % 100_000), 9)
        .settledBy(
            new Settlement(
                JournalState.DECLINED,
                T0.plusSeconds(10),
                Option.none(),
                Option.some(text),
                Option.none(),
                Option.none(),
                Option.some(text),
                Option.some(text)));
  }

  /** RFC 4180, strictly: what a spreadsheet or a CSV library reads. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i);
          if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            field.append(q);
            i++;
          }
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertThat(c).as("a bare line break or quote at %d", i).isNotIn('\r', '\n', '"');
        field.append(c);
        i++;
      }
    }
    assertThat(row).as("the last row ends with CRLF").isEmpty();
    return rows;
  }
}
