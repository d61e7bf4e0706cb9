package io.ecrhub.it.reliability;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.OutcomeTrigger;
import io.ecrhub.simulator.TerminalLedger;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The promises of the payment engine, checked order by order against the terminal's own ledger, the
 * wire and the journals after a soak:
 *
 * <ul>
 *   <li>approved ⇔ the terminal completed it (status 2, and the same {@code trans_no} unless the
 *       wire garbled an answer about it);
 *   <li>declined ⇒ the terminal closed or cancelled it (status 1 or 3), or never admitted it;
 *   <li>unknown ⇒ the terminal itself has not finished it;
 *   <li>not sent ⇒ no {@code pay.order} for it left the POS;
 *   <li>the POS sent at most one {@code pay.order} per order, exactly one for an approved one, and
 *       the terminal received no more than that (plus copies the wire itself made);
 *   <li>the journal of the client that paid it holds the same outcome.
 * </ul>
 *
 * Each broken promise becomes one line naming the order, so that a failure shows every order at
 * fault, not only the first.
 */
final class SoakInvariants {

  private final TerminalLedger ledger;
  private final SoakWireTap wire;
  private final IntFunction<OrderJournal> journalOfClient;
  private final List<String> violations = new ArrayList<>();

  SoakInvariants(
      TerminalLedger ledger, SoakWireTap wire, IntFunction<OrderJournal> journalOfClient) {
    this.ledger = ledger;
    this.wire = wire;
    this.journalOfClient = journalOfClient;
  }

  /** Checks every result; returns the broken promises, empty when all hold. */
  List<String> check(List<SoakResult> results) {
    results.forEach(this::check);
    return List.copyOf(violations);
  }

  private void check(SoakResult result) {
    String number = result.order().merchantOrderNo();
    Option<LedgerEntry> entry = ledger.find(number);
    Option<TransactionStatus> status = entry.map(LedgerEntry::status);
    int sent = wire.payOrdersSent(number);
    int copies = wire.payOrderCopies(number);
    int received = ledger.payOrdersReceived(number);
    PaymentOutcome outcome = result.outcome();
    if (sent > 1) {
      fail(result, "the POS sent " + sent + " pay.order frames for it");
    }
    if (received > sent + copies) {
      fail(
          result,
          "the terminal received "
              + received
              + " pay.order for it; the POS sent "
              + sent
              + " and the wire copied "
              + copies);
    }
    if (outcome instanceof PaymentOutcome.Approved approved) {
      if (reportsOtherwise(result)) {
        fail(result, "approved, but the terminal reported it otherwise than ordered");
      }
      if (!status.contains(TransactionStatus.COMPLETED)) {
        fail(result, "approved, but the terminal has it as " + describe(status));
      } else if (!wire.answerCorrupted(number)
          && !approved.result().transNo().contains(entry.get().transNo())) {
        fail(result, "approved with trans_no " + approved.result().transNo() + ", ledger differs");
      }
      if (sent != 1 || received < 1) {
        fail(result, "approved, but the POS sent " + sent + " and the terminal got " + received);
      }
    } else if (outcome instanceof PaymentOutcome.Declined) {
      if (status.isDefined()
          && !status.get().equals(TransactionStatus.CLOSED)
          && !status.get().equals(TransactionStatus.CANCELLED)) {
        fail(result, "declined, but the terminal has it as " + describe(status));
      }
    } else if (outcome instanceof PaymentOutcome.Mismatch) {
      // the simulator reports what it charged, unless a trigger tells it to report otherwise;
      // apart from those, only a frame the wire corrupted can differ: the answer, or the order
      // itself, which the terminal then charged as it arrived
      if (!status.contains(TransactionStatus.COMPLETED)
          || !(reportsOtherwise(result)
              || wire.answerCorrupted(number)
              || wire.orderCorrupted(number))) {
        fail(result, "a mismatch, but the terminal has it as " + describe(status));
      }
    } else if (outcome instanceof PaymentOutcome.Unknown) {
      // never admitted (a frame the wire lost) cannot be proven either: the terminal answers a
      // close of a number it does not know with 104, so no fence is ever acknowledged
      if (status.isDefined() && status.get().isFinal()) {
        fail(result, "unknown, although the terminal has it as " + describe(status));
      }
    } else if (outcome instanceof PaymentOutcome.NotSent) {
      if (sent != 0 || received != 0) {
        fail(result, "not sent, but the POS sent " + sent + " and the terminal got " + received);
      }
    } else {
      fail(result, "a valid order with a fresh number must never be rejected");
    }
    checkJournal(result, entry);
  }

  private void checkJournal(SoakResult result, Option<LedgerEntry> ledgerEntry) {
    OrderJournal journal = journalOfClient.apply(result.client());
    Option<JournalEntry> journaled =
        journal.find(new MerchantOrderNo(result.order().merchantOrderNo()));
    Option<JournalState> expected = expectedState(result.outcome());
    if (expected.isEmpty()) {
      return;
    }
    if (journaled.isEmpty()) {
      fail(result, "the journal of client " + result.client() + " has no entry for it");
      return;
    }
    JournalEntry entry = journaled.get();
    if (entry.state() != expected.get()) {
      fail(result, "the journal says " + entry.state() + ", the client said " + expected.get());
    }
    if (entry.state() == JournalState.APPROVED
        && !wire.answerCorrupted(result.order().merchantOrderNo())
        && !entry.transNo().equals(ledgerEntry.map(LedgerEntry::transNo))) {
      fail(result, "the journal's trans_no " + entry.transNo() + " is not the terminal's");
    }
  }

  private static Option<JournalState> expectedState(PaymentOutcome outcome) {
    if (outcome instanceof PaymentOutcome.Approved) {
      return Option.some(JournalState.APPROVED);
    }
    if (outcome instanceof PaymentOutcome.Declined) {
      return Option.some(JournalState.DECLINED);
    }
    if (outcome instanceof PaymentOutcome.Mismatch) {
      return Option.some(JournalState.MISMATCH);
    }
    if (outcome instanceof PaymentOutcome.Unknown) {
      return Option.some(JournalState.UNKNOWN);
    }
    if (outcome instanceof PaymentOutcome.NotSent) {
      return Option.some(JournalState.NOT_SENT);
    }
    return Option.none();
  }

  /** Whether the order's cents make the simulator report it otherwise than it was ordered. */
  private static boolean reportsOtherwise(SoakResult result) {
    OutcomeTrigger trigger = OutcomeTrigger.of(Amount.parseOrThrow(result.order().orderAmount()));
    return trigger == OutcomeTrigger.REPORTS_OTHER_AMOUNT
        || trigger == OutcomeTrigger.REPORTS_OTHER_TYPE
        || trigger == OutcomeTrigger.REPORTS_ADDED_TIP
        || trigger == OutcomeTrigger.REPORTS_UNREADABLE_AMOUNT;
  }

  private static String describe(Option<TransactionStatus> status) {
    return status.map(TransactionStatus::toString).getOrElse("never admitted");
  }

  private void fail(SoakResult result, String what) {
    violations.add(
        result.order().merchantOrderNo()
            + " ("
            + result.order().orderAmount()
            + ", client "
            + result.client()
            + "): "
            + what
            + " — outcome "
            + result.outcome());
  }
}
