package io.ecrhub.it.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal fails after the order left — here it is closed under the client while the terminal is
 * still reading the card: the POS gets the outcome and is told that the journal did not take it,
 * and the order stays unfinished in the journal, so that the next recovery settles it.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JournalWriteFailureTest {

  @Test
  void an_outcome_the_journal_cannot_record_after_the_send_is_reported_not_swallowed(
      @TempDir Path directory) throws Exception {
    Path file = directory.resolve("journal.db");
    try (TerminalSimulator simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ofSeconds(2)))) {
      JdbcOrderJournal journal = JdbcOrderJournal.openFile(file);
      PaymentOutcome outcome;
      try (EcrClient pos =
          EcrClient.builder()
              .terminal(simulator.address())
              .appId("till")
              .journal(journal)
              .recoverOnConnect(false)
              .build()) {
        pos.connect().get(30, TimeUnit.SECONDS);
        CompletableFuture<PaymentOutcome> paying =
            pos.submitAsync(OrderDraft.sale().merchantOrderNo("JWF1").orderAmount("7.00"));
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> simulator.ledger().payOrdersReceived("JWF1") == 1);
        journal.close(); // the journal is gone before the terminal answers

        outcome = paying.get(60, TimeUnit.SECONDS);
      }

      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(outcome.journalWriteFailed()).as(outcome.decidedBy()).isTrue();
      assertThat(outcome.decidedBy())
          .startsWith("approved")
          .contains(PaymentOutcome.JOURNAL_WRITE_FAILED)
          .contains("closed");

      try (JdbcOrderJournal reopened = JdbcOrderJournal.openFile(file);
          EcrClient next =
              EcrClient.builder()
                  .terminal(simulator.address())
                  .appId("till")
                  .journal(reopened)
                  .recoverOnConnect(false)
                  .build()) {
        assertThat(reopened.find(new MerchantOrderNo("JWF1")).map(JournalEntry::state))
            .as("left unfinished, for recovery")
            .containsExactly(JournalState.SENT);
        next.connect().get(30, TimeUnit.SECONDS);
        Seq<PaymentOutcome> recovered = next.recover();

        assertThat(recovered).hasSize(1);
        assertThat(recovered.head()).isInstanceOf(PaymentOutcome.Approved.class);
        assertThat(recovered.head().journalWriteFailed()).isFalse();
        assertThat(reopened.find(new MerchantOrderNo("JWF1")).map(JournalEntry::state))
            .containsExactly(JournalState.APPROVED);
      }
      assertThat(simulator.ledger().payOrdersReceived("JWF1")).as("never sent again").isEqualTo(1);
    }
  }
}
