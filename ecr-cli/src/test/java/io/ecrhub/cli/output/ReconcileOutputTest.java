package io.ecrhub.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.reconciliation.Agreement;
import io.ecrhub.domain.reconciliation.ReconciledOrder;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReconcileOutputTest {

  @Test
  void the_csv_is_utf8_even_on_a_stream_of_another_charset() {
    Instant at = Instant.parse("2026-12-05T08:00:00Z");
    JournalEntry entry =
        new JournalEntry(
            "Kasse Müller",
            "ws://192.168.1.20:35779",
            new MerchantOrderNo("U1"),
            TransactionType.SALE,
            Amount.parseOrThrow("1.00"),
            Option.none(),
            Option.none(),
            Option.none(),
            JournalState.APPROVED,
            at,
            at,
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none());
    ReconciledOrder order =
        new ReconciledOrder(
            entry, Option.none(), Agreement.AGREES, Option.none(), "journal APPROVED — agrees");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // a till whose platform charset is Latin-1: 'ü' would be one byte, '—' a question mark
    PrintStream latin1 = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1);

    ReconcileOutput.csv(latin1, List.of(order));

    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertThat(csv).contains("Kasse Müller").contains("journal APPROVED — agrees");
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .startsWith("ws://192.168.1.20:35779,Kasse Müller,U1,");
  }
}
