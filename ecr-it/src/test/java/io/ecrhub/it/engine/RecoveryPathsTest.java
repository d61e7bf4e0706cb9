package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.LedgerAgreement.assertDeclined;
import static io.ecrhub.it.engine.LedgerAgreement.assertNeverSent;
import static io.ecrhub.it.engine.LedgerAgreement.assertSentOnce;
import static io.ecrhub.transport.loopback.FrameMatcher.clientToServer;
import static io.ecrhub.transport.loopback.FrameMatcher.containing;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.protocol.client.SessionStats;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.loopback.FaultAction;
import io.ecrhub.transport.loopback.ScriptedFaults;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The moments a payment is in doubt — no answer, a lost connection, an answer that says nothing
 * final, a late, stray or unreadable frame — over both wires and in both dialects (answers with the
 * request's {@code request_id}, and the seed's answers without, matched by topic and order number).
 * In each the client settles the outcome the terminal really reached, by asking it, and never sends
 * the order a second time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecoveryPathsTest {

  static Stream<Arguments> wiresAndDialects() {
    return Stream.of(Wire.values())
        .flatMap(wire -> Stream.of(Dialect.values()).map(dialect -> Arguments.of(wire, dialect)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_silent_terminal_is_queried_until_it_reports_the_approval(Wire wire, Dialect dialect) {
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).start()) {
      EcrClient pos = rig.connect(client -> client.replyTimeout(TerminalRig.SHORT_REPLY_TIMEOUT));

      PaymentOutcome outcome = pos.submit(sale("MUTE1", "10.94"));

      assertApproved(outcome, rig.ledger());
      assertThat(pos.stats().timeouts()).as("the order's reply timeout fired").isPositive();
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_terminal_that_drops_the_connection_mid_payment_is_asked_after_reconnecting(
      Wire wire, Dialect dialect) {
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).start()) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome = pos.submit(sale("DROP1", "10.96"));

      assertApproved(outcome, rig.ledger());
      assertThat(pos.stats().connectionsLost()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_connection_broken_instead_of_the_reply_leaves_an_approval_the_client_recovers(
      Wire wire, Dialect dialect) {
    OnOrderReply breakConnection = new OnOrderReply("CUT1", reply -> new FaultAction.Disconnect());
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).faults(breakConnection).start()) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome = pos.submit(sale("CUT1", "20.00"));

      assertThat(breakConnection.applied()).isTrue();
      assertApproved(outcome, rig.ledger());
      assertThat(pos.stats().connectionsLost()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void an_order_lost_with_its_connection_is_never_declined_without_proof_and_never_resent(
      Wire wire, Dialect dialect) {
    ScriptedFaults loseTheOrder =
        ScriptedFaults.builder()
            .when(clientToServer().and(containing("pay.order")))
            .once()
            .disconnect()
            .build();
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).faults(loseTheOrder).start()) {
      EcrClient pos =
          rig.connect(builder -> builder.recoveryDeadline(java.time.Duration.ofSeconds(2)));

      PaymentOutcome outcome = pos.submit(sale("LOST1", "20.00"));

      // "The terminal has no such order" proves nothing once the frame may have left, and the
      // simulator, like a terminal, answers 104 to a close of a number it does not know: no
      // close is acknowledged, so the order stays unknown — never a guessed decline.
      assertThat(outcome).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(((PaymentOutcome.Unknown) outcome).reason()).contains("closes");
      assertNeverSent(new MerchantOrderNo("LOST1"), rig.ledger());
      assertThat(rig.ledger().payOrdersReceived()).isZero();
      assertThat(pos.stats().connectionsLost()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_108_result_unknown_is_settled_by_a_query(Wire wire, Dialect dialect) {
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).start()) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome = pos.submit(sale("UNKN1", "10.97"));

      assertApproved(outcome, rig.ledger());
      assertThat(pos.stats().requestsSent()).as("the order, then queries").isGreaterThan(1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_101_in_progress_is_not_taken_for_a_decline_but_settled_by_a_query(
      Wire wire, Dialect dialect) {
    OnOrderReply inProgress =
        new OnOrderReply(
            "BUSY1",
            reply -> new FaultAction.Corrupt(TerminalFrames.inProgressInsteadOf(reply, "BUSY1")));
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).faults(inProgress).start()) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome = pos.submit(sale("BUSY1", "15.00"));

      assertThat(inProgress.applied()).isTrue();
      assertApproved(outcome, rig.ledger());
      assertThat(pos.stats().requestsSent()).as("the order, then queries").isGreaterThan(1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_reply_held_up_on_the_wire_past_the_timeout_is_counted_late_and_a_query_settles(
      Wire wire, Dialect dialect) {
    Duration heldUp = TerminalRig.TRIGGER_DELAY;
    OnOrderReply delay = new OnOrderReply("SLOW1", reply -> new FaultAction.Delay(heldUp));
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).faults(delay).start()) {
      EcrClient pos = rig.connect(client -> client.replyTimeout(TerminalRig.SHORT_REPLY_TIMEOUT));

      PaymentOutcome outcome = pos.submit(sale("SLOW1", "25.00"));

      assertThat(delay.applied()).isTrue();
      assertApproved(outcome, rig.ledger());
      // The held-up reply holds back the query answers behind it: it is counted by now.
      SessionStats stats = pos.stats();
      assertThat(stats.timeouts()).as("timeouts").isPositive();
      assertThat(stats.lateReplies()).as("late replies").isPositive();
      assertThat(stats.unmatchedReplies()).as("replies taken for strays").isZero();
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void an_approval_slower_than_the_reply_timeout_is_recovered_and_its_answer_counted_late(
      Wire wire, Dialect dialect) {
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).start()) {
      EcrClient pos = rig.connect(client -> client.replyTimeout(TerminalRig.SHORT_REPLY_TIMEOUT));

      PaymentOutcome outcome = pos.submit(sale("LATE1", "10.95"));

      assertApproved(outcome, rig.ledger());
      // The late 000 leaves the terminal when the order completes, before any query can see it
      // completed, and the connection keeps the order of frames: it is counted by now.
      assertThat(pos.stats().lateReplies()).as("late replies").isPositive();
      assertThat(pos.stats().unmatchedReplies()).as("replies taken for strays").isZero();
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_decline_of_another_order_arriving_first_does_not_settle_this_one(
      Wire wire, Dialect dialect) {
    // In the echoing dialect the forged answer even carries this order's request id.
    OnOrderReply forged =
        new OnOrderReply(
            "MINE1",
            reply ->
                new FaultAction.Inject(TerminalFrames.declineOfAnotherOrder(reply, "THEIRS1")));
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).faults(forged).start()) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome = pos.submit(sale("MINE1", "42.00"));

      assertThat(forged.applied()).isTrue();
      assertApproved(outcome, rig.ledger());
      assertThat(pos.stats().unmatchedReplies()).isEqualTo(1);
      assertThat(pos.stats().requestsSent()).as("no query was needed").isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void a_garbage_frame_before_the_reply_is_counted_and_the_reply_still_settles(
      Wire wire, Dialect dialect) {
    OnOrderReply garbage =
        new OnOrderReply("JUNK1", reply -> new FaultAction.Inject(TerminalFrames.GARBAGE));
    try (TerminalRig rig = TerminalRig.on(wire).dialect(dialect).faults(garbage).start()) {
      EcrClient pos = rig.connect();

      PaymentOutcome outcome = pos.submit(sale("JUNK1", "18.00"));

      assertThat(garbage.applied()).isTrue();
      assertApproved(outcome, rig.ledger());
      SessionStats stats = pos.stats();
      assertThat(stats.undecodableFrames()).isEqualTo(1);
      assertThat(stats.requestsSent()).as("no query was needed").isEqualTo(1);
      assertThat(stats.connectionsLost()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("wiresAndDialects")
  void an_order_still_processing_at_the_deadline_is_unknown_until_recover_learns_its_fate(
      Wire wire, Dialect dialect) {
    try (TerminalRig rig =
        TerminalRig.on(wire)
            .dialect(dialect)
            .triggerTimings(TriggerTimings.all(Duration.ofSeconds(30)))
            .start()) {
      InMemoryOrderJournal journal = new InMemoryOrderJournal();
      EcrClient pos =
          rig.connect(
              client ->
                  client
                      .journal(journal)
                      .replyTimeout(TerminalRig.SHORT_REPLY_TIMEOUT)
                      .recoveryDeadline(Duration.ofMillis(300)));
      MerchantOrderNo number = new MerchantOrderNo("STUCK1");

      PaymentOutcome outcome = pos.submit(sale(number.value(), "10.94"));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(((PaymentOutcome.Unknown) outcome).lastKnownStatus())
          .isEqualTo(Option.some(TransactionStatus.PROCESSING));
      assertThat(rig.ledger().find(number).map(entry -> entry.status()))
          .isEqualTo(Option.some(TransactionStatus.PROCESSING));
      assertSentOnce(number, rig.ledger());
      assertThat(journal.find(number).map(JournalEntry::state))
          .containsExactly(JournalState.UNKNOWN);

      // The cashier cancels it on the terminal; recovering then learns it ended without payment.
      assertThat(pos.closeOrder(number)).isInstanceOf(TerminalReply.Answered.class);
      Seq<PaymentOutcome> recovered = pos.recover();

      assertThat(recovered).hasSize(1);
      assertDeclined(recovered.get(0), rig.ledger());
      assertThat(journal.find(number).map(JournalEntry::state))
          .containsExactly(JournalState.DECLINED);
    }
  }

  private static OrderDraft sale(String orderNo, String amount) {
    return OrderDraft.sale().merchantOrderNo(orderNo).orderAmount(amount);
  }
}
