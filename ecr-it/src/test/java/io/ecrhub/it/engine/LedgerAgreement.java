package io.ecrhub.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.TerminalLedger;
import io.vavr.control.Option;

/**
 * The two checks every scenario ends with: the terminal saw exactly one {@code pay.order} for the
 * order (none when the client says it was not sent), and what the client reports is what the
 * terminal's ledger holds — approved only when the terminal completed it, declined only when no
 * money moved.
 */
final class LedgerAgreement {

  private LedgerAgreement() {}

  /** The outcome is {@code Approved}, and the terminal completed that very transaction once. */
  static TransactionResult assertApproved(PaymentOutcome outcome, TerminalLedger ledger) {
    assertThat(outcome).as("outcome").isInstanceOf(PaymentOutcome.Approved.class);
    TransactionResult result = ((PaymentOutcome.Approved) outcome).result();
    MerchantOrderNo number = result.merchantOrderNo();
    assertSentOnce(number, ledger);
    LedgerEntry entry = entry(number, ledger);
    assertThat(entry.status())
        .as("ledger status of " + number)
        .isEqualTo(TransactionStatus.COMPLETED);
    assertThat(result.status()).as("reported status of " + number).isEqualTo(entry.status());
    assertThat(result.transNo())
        .as("trans_no of " + number)
        .isEqualTo(Option.some(entry.transNo()));
    assertThat(result.type()).as("trans_type of " + number).isEqualTo(Option.some(entry.type()));
    assertThat(result.orderAmount())
        .as("order_amount of " + number)
        .isEqualTo(Option.some(entry.orderAmount()));
    return result;
  }

  /**
   * The outcome is {@code Declined}, the terminal got the order once, and no money moved: the
   * ledger has no transaction for it or a closed one, as the outcome reports.
   */
  static PaymentOutcome.Declined assertDeclined(PaymentOutcome outcome, TerminalLedger ledger) {
    assertThat(outcome).as("outcome").isInstanceOf(PaymentOutcome.Declined.class);
    PaymentOutcome.Declined declined = (PaymentOutcome.Declined) outcome;
    MerchantOrderNo number = declined.merchantOrderNo();
    assertSentOnce(number, ledger);
    Option<LedgerEntry> entry = ledger.find(number);
    entry.forEach(
        found ->
            assertThat(found.status())
                .as("ledger status of declined " + number)
                .isEqualTo(TransactionStatus.CLOSED));
    declined
        .result()
        .forEach(
            result -> {
              assertThat(entry).as("ledger entry of " + number).isNotEmpty();
              assertThat(result.status())
                  .as("reported status of " + number)
                  .isEqualTo(entry.get().status());
            });
    return declined;
  }

  /** The outcome is {@code NotSent}, and the terminal indeed never saw the order. */
  static PaymentOutcome.NotSent assertNotSent(PaymentOutcome outcome, TerminalLedger ledger) {
    assertThat(outcome).as("outcome").isInstanceOf(PaymentOutcome.NotSent.class);
    PaymentOutcome.NotSent notSent = (PaymentOutcome.NotSent) outcome;
    assertNeverSent(notSent.merchantOrderNo(), ledger);
    return notSent;
  }

  static void assertSentOnce(MerchantOrderNo number, TerminalLedger ledger) {
    assertThat(ledger.payOrdersReceived(number.value()))
        .as("pay.order frames the terminal received for " + number)
        .isEqualTo(1);
  }

  static void assertNeverSent(MerchantOrderNo number, TerminalLedger ledger) {
    assertThat(ledger.payOrdersReceived(number.value()))
        .as("pay.order frames the terminal received for " + number)
        .isZero();
    assertThat(ledger.find(number)).as("ledger entry of " + number).isEmpty();
  }

  private static LedgerEntry entry(MerchantOrderNo number, TerminalLedger ledger) {
    Option<LedgerEntry> entry = ledger.find(number);
    assertThat(entry).as("ledger entry of " + number).isNotEmpty();
    return entry.get();
  }
}
