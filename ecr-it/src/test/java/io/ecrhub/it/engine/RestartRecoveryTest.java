package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.TerminalRig.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.simulator.TriggerTimings;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A POS that dies while its payment is in flight, and the next start that settles it from the
 * durable journal (SQLite through JDBC) by asking the terminal — without sending it again.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RestartRecoveryTest {

  private static final MerchantOrderNo ORDER = new MerchantOrderNo("CRASH1");

  /** The silent order completes this long after it arrived: after the first client died. */
  private static final TriggerTimings COMPLETES_AFTER_THE_CRASH =
      TriggerTimings.all(Duration.ofSeconds(1));

  @TempDir Path directory;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void recover_after_a_restart_settles_the_order_the_journal_left_sent(Wire wire) {
    Path file = directory.resolve("journal.db");
    try (TerminalRig rig = TerminalRig.start(wire, COMPLETES_AFTER_THE_CRASH)) {
      crashWhilePaying(rig, file);

      try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file)) {
        assertThat(stateOf(journal)).isEqualTo(JournalState.SENT);
        try (EcrClient restarted =
            rig.build(client -> client.journal(journal).recoverOnConnect(false))) {
          await(restarted.connect());

          Seq<PaymentOutcome> recovered = restarted.recover();

          assertThat(recovered).hasSize(1);
          assertApproved(recovered.get(0), rig.ledger());
          assertThat(stateOf(journal)).isEqualTo(JournalState.APPROVED);
          assertThat(journal.unfinished()).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void connecting_after_a_restart_recovers_by_default(Wire wire) {
    Path file = directory.resolve("journal.db");
    try (TerminalRig rig = TerminalRig.start(wire, COMPLETES_AFTER_THE_CRASH)) {
      crashWhilePaying(rig, file);

      try (JdbcOrderJournal journal = JdbcOrderJournal.openFile(file);
          EcrClient restarted = rig.build(client -> client.journal(journal))) {
        await(restarted.connect());

        await()
            .atMost(TerminalRig.PATIENCE)
            .until(() -> stateOf(journal).equals(JournalState.APPROVED));
        assertThat(journal.find(ORDER).flatMap(JournalEntry::transNo))
            .isEqualTo(rig.ledger().find(ORDER).map(entry -> entry.transNo()));
        LedgerAgreement.assertSentOnce(ORDER, rig.ledger());
      }
    }
  }

  /**
   * A first client sends a silent order ({@code .94}) and dies while the terminal works on it: its
   * journal file is cut off first, as by a power loss, so the outcome it learns at shutdown never
   * reaches the disk and the order stays pending there.
   */
  private static void crashWhilePaying(TerminalRig rig, Path file) {
    JdbcOrderJournal journal = JdbcOrderJournal.openFile(file);
    EcrClient first = rig.build(client -> client.journal(journal).shutdownGrace(Duration.ZERO));
    await(first.connect());
    CompletableFuture<PaymentOutcome> paying =
        first.submitAsync(OrderDraft.sale().merchantOrderNo(ORDER.value()).orderAmount("10.94"));
    await()
        .atMost(TerminalRig.PATIENCE)
        .until(
            () ->
                rig.ledger()
                    .find(ORDER)
                    .exists(entry -> entry.status().equals(TransactionStatus.PROCESSING)));

    journal.close();
    first.close();

    assertThat(await(paying)).isInstanceOf(PaymentOutcome.Unknown.class);
  }

  private static JournalState stateOf(JdbcOrderJournal journal) {
    return journal.find(ORDER).map(JournalEntry::state).getOrElseThrow(AssertionError::new);
  }
}
