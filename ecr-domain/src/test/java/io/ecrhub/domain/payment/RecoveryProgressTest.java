package io.ecrhub.domain.payment;

import static io.ecrhub.domain.payment.Replies.completed;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.later;
import static io.ecrhub.domain.payment.ScriptedTerminalGateway.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.result.PaymentOutcome;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code recover(progress)} tells its caller which orders it claimed, then each outcome as soon as
 * it is known — not only all of them at the end — so that a POS can show the orders a crash left
 * behind one by one.
 */
class RecoveryProgressTest {

  private final RecordingJournal journal = new RecordingJournal();
  private final PaymentFixture fixture = new PaymentFixture(journal, PaymentFixture.TERMINAL);
  private final List<String> told = new CopyOnWriteArrayList<>();

  private final RecoveryProgress progress =
      new RecoveryProgress() {
        @Override
        public void claimed(Seq<MerchantOrderNo> orders) {
          told.add("claimed " + orders.map(MerchantOrderNo::value).mkString(","));
        }

        @Override
        public void settled(PaymentOutcome outcome) {
          told.add("settled " + outcome.decidedBy());
        }
      };

  @Test
  void the_claimed_orders_come_first_then_each_outcome_as_it_is_decided() {
    leftBehind("P1", 1, true);
    leftBehind("P2", 2, false);
    leftBehind("P3", 3, true);
    fixture.gateway.onQuery(later(), later());

    CompletableFuture<Seq<PaymentOutcome>> all =
        fixture.service.recover(progress).toCompletableFuture();

    assertThat(told)
        .as("the never-sent order is settled at once, after the claim is told")
        .containsExactly(
            "claimed P1,P2,P3",
            "settled not sent: the order was recorded but never handed to the wire (left pending"
                + " in the journal since "
                + createdAt(2)
                + ")");
    fixture.gateway.queriesFor("P3").get(0).reply(completed("P3"));
    assertThat(told).hasSize(3).last().isEqualTo("settled approved: query #1 said status 2");
    assertThat(all).isNotDone();

    fixture.gateway.queriesFor("P1").get(0).reply(completed("P1"));

    assertThat(told).hasSize(4);
    assertThat(all).isCompletedWithValueMatching(outcomes -> outcomes.size() == 3);
  }

  @Test
  void the_whole_recovery_completes_only_after_every_order_was_told() {
    leftBehind("P1", 1, true);
    fixture.gateway.onQuery(later());
    CompletableFuture<Seq<PaymentOutcome>> all =
        fixture.service.recover(progress).toCompletableFuture();
    all.thenRun(() -> told.add("all done"));

    fixture.gateway.queriesFor("P1").get(0).reply(completed("P1"));

    assertThat(told)
        .containsExactly("claimed P1", "settled approved: query #1 said status 2", "all done");
  }

  @Test
  void with_nothing_to_recover_it_tells_an_empty_claim_and_nothing_else() {
    fixture.service.recover(progress).toCompletableFuture().join();

    assertThat(told).containsExactly("claimed ");
  }

  @Test
  void a_watcher_that_throws_does_not_stop_the_recovery() {
    leftBehind("P1", 1, true);
    fixture.gateway.onQuery(reply(completed("P1")));
    RecoveryProgress broken =
        new RecoveryProgress() {
          @Override
          public void claimed(Seq<MerchantOrderNo> orders) {
            throw new IllegalStateException("a broken screen");
          }

          @Override
          public void settled(PaymentOutcome outcome) {
            throw new IllegalStateException("a broken screen");
          }
        };

    Seq<PaymentOutcome> outcomes = fixture.service.recover(broken).toCompletableFuture().join();

    assertThat(outcomes).singleElement().isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(journal.unfinished()).isEmpty();
  }

  private static Instant createdAt(int sequence) {
    return PaymentFixture.START.minus(Duration.ofHours(1)).plusSeconds(sequence);
  }

  private void leftBehind(String number, int sequence, boolean sent) {
    journal.recordPending(
        JournalEntry.pending(
            journal.writer(),
            PaymentFixture.TERMINAL,
            PaymentFixture.sale(number),
            createdAt(sequence)));
    if (sent) {
      journal.markSent(new MerchantOrderNo(number), createdAt(sequence));
    }
  }
}
