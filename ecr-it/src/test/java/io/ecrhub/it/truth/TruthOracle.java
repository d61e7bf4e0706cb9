package io.ecrhub.it.truth;

import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.it.truth.TruthLedger.Entry;
import io.ecrhub.it.truth.TruthLedger.Record;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one outcome against the model terminal's ledger:
 *
 * <ul>
 *   <li>APPROVED ⇔ the ledger charged exactly this order as sent;
 *   <li>MISMATCH ⇒ the ledger holds a charge under this number that is not the order as sent;
 *   <li>DECLINED or NOT SENT ⇒ the ledger did not charge this order and never will (not sent: the
 *       terminal never even received it);
 *   <li>UNKNOWN ⇒ the ledger itself could not prove the outcome: it has no record, a refusal that
 *       leaves none, an order not registered yet, or one still processing;
 *   <li>and no pay.order ever reached the terminal twice.
 * </ul>
 */
final class TruthOracle {

  private static final Set<Record> NEVER_CHARGED =
      Set.of(Record.NONE, Record.REFUSED, Record.CLOSED, Record.FENCED);
  private static final Set<Record> UNPROVABLE =
      Set.of(Record.NONE, Record.REFUSED, Record.AWAITING_REGISTRATION, Record.PROCESSING);

  private TruthOracle() {}

  /** The broken promise, if any. */
  static Optional<String> judge(SentFacts sent, PaymentOutcome outcome, TruthLedger ledger) {
    Optional<Entry> found = ledger.find(sent.merchantOrderNo());
    Entry entry = found.orElse(null);
    String verdict = outcome.getClass().getSimpleName();
    String truth = describe(entry);
    if (entry != null && entry.payOrderFrames > 1) {
      return Optional.of(
          sent.merchantOrderNo() + " reached the terminal " + entry.payOrderFrames + " times");
    }
    boolean ok =
        switch (verdict) {
          case "Approved" -> chargedAsSent(entry, sent);
          case "Mismatch" ->
              entry != null && entry.record == Record.COMPLETED && !entry.charged.sameAs(sent);
          case "Declined" -> entry == null || entry.foreign || NEVER_CHARGED.contains(entry.record);
          case "NotSent" -> entry == null || entry.payOrderFrames == 0;
          case "Unknown" -> entry == null || (!entry.foreign && UNPROVABLE.contains(entry.record));
          default -> false;
        };
    if (verdict.equals("Approved") != chargedAsSent(entry, sent)) {
      ok = false;
    }
    return ok
        ? Optional.empty()
        : Optional.of(
            sent.merchantOrderNo()
                + ": ecr-hub said "
                + verdict
                + " ("
                + outcome.decidedBy()
                + "), the ledger says "
                + truth);
  }

  private static boolean chargedAsSent(Entry entry, SentFacts sent) {
    return entry != null
        && !entry.foreign
        && entry.record == Record.COMPLETED
        && entry.charged.sameAs(sent);
  }

  private static String describe(Entry entry) {
    if (entry == null) {
      return "nothing under this number";
    }
    return (entry.foreign ? "another till's " : "")
        + entry.record
        + (entry.charged == null ? "" : " " + entry.charged)
        + ", "
        + entry.payOrderFrames
        + " pay.order frame(s)";
  }
}
