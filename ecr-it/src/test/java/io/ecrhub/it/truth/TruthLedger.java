package io.ecrhub.it.truth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The model terminal's own record under each merchant order number: the ground truth of what was
 * charged, against which every outcome ecr-hub reports is judged. Thread-safe; every change is
 * atomic.
 */
final class TruthLedger {

  /** What the terminal has on record under a number. */
  enum Record {
    /** Nothing: never received, or received and ignored (the frame was lost inside it). */
    NONE(false),
    /** Received, refused at once, never registered, and never will be. */
    REFUSED(true),
    /** Received; it registers the order later (after its screen step). */
    AWAITING_REGISTRATION(false),
    /** Registered and being paid. */
    PROCESSING(false),
    /** Paid: money moved, as {@link Entry#charged} says. */
    COMPLETED(true),
    /** Closed unpaid (by the terminal or a close): no money moved and none will. */
    CLOSED(true),
    /** Closed before the terminal knew the order: the number can never be paid. */
    FENCED(true);

    private final boolean decided;

    Record(boolean decided) {
      this.decided = decided;
    }

    /**
     * Whether the terminal could prove the outcome now. {@code REFUSED} leaves no trace, though.
     */
    boolean decided() {
      return decided;
    }
  }

  /** One number's record. */
  static final class Entry {
    final String number;

    /** A transaction another till made under this number, not one of this soak's POS. */
    final boolean foreign;

    /** What the POS sent, once a pay.order arrived. */
    SentFacts sent;

    Record record = Record.NONE;

    /** What the terminal charged and reports, once completed (or processing). */
    SentFacts charged;

    int payOrderFrames;
    String transNo;

    Entry(String number, boolean foreign) {
      this.number = number;
      this.foreign = foreign;
    }

    Entry copy() {
      Entry copy = new Entry(number, foreign);
      copy.sent = sent;
      copy.record = record;
      copy.charged = charged;
      copy.payOrderFrames = payOrderFrames;
      copy.transNo = transNo;
      return copy;
    }

    /** "The terminal does not know this number": the answer to a query or a close is 104. */
    boolean unknownToTerminal() {
      return record == Record.NONE
          || record == Record.REFUSED
          || record == Record.AWAITING_REGISTRATION;
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();
  private long transNoCounter;

  /** Pre-seeds a completed sale another till made under {@code number}. */
  synchronized void foreignSale(String number, String amount) {
    Entry entry = new Entry(number, true);
    entry.record = Record.COMPLETED;
    entry.charged = new SentFacts(number, "1", amount, null, null, null);
    entry.transNo = nextTransNo();
    entries.put(number, entry);
  }

  synchronized Optional<Entry> find(String number) {
    return Optional.ofNullable(entries.get(number)).map(Entry::copy);
  }

  /**
   * Counts a pay.order frame; returns the entry as it was before this frame (foreign, or holding an
   * earlier frame of the same number), or empty for a new number, which is now recorded as
   * received.
   */
  synchronized Optional<Entry> receive(SentFacts sent) {
    Entry entry = entries.get(sent.merchantOrderNo());
    if (entry != null) {
      entry.payOrderFrames++;
      return Optional.of(entry.copy());
    }
    entry = new Entry(sent.merchantOrderNo(), false);
    entry.sent = sent;
    entry.payOrderFrames = 1;
    entries.put(entry.number, entry);
    return Optional.empty();
  }

  synchronized void refuse(String number) {
    move(number, Record.NONE, Record.REFUSED);
  }

  synchronized void awaitRegistration(String number) {
    move(number, Record.NONE, Record.AWAITING_REGISTRATION);
  }

  /** Registers an order received earlier; false when a close fenced its number meanwhile. */
  synchronized boolean register(String number) {
    Entry entry = entries.get(number);
    if (entry == null || entry.record != Record.AWAITING_REGISTRATION) {
      return false;
    }
    entry.record = Record.PROCESSING;
    entry.charged = entry.sent;
    entry.transNo = nextTransNo();
    return true;
  }

  /** Completes a processing order as {@code charged}; false when it was closed first. */
  synchronized boolean complete(String number, SentFacts charged) {
    Entry entry = entries.get(number);
    if (entry == null || entry.record != Record.PROCESSING) {
      return false;
    }
    entry.record = Record.COMPLETED;
    entry.charged = charged;
    return true;
  }

  /** Closes a processing order unpaid; false when it was not processing. */
  synchronized boolean closeUnpaid(String number) {
    return move(number, Record.PROCESSING, Record.CLOSED);
  }

  /**
   * A {@code pay.close}: what the number's record was before it; a processing order becomes closed,
   * and a number the terminal does not know becomes fenced when {@code fenceUnknown}.
   */
  synchronized Record close(String number, boolean fenceUnknown) {
    Entry entry = entries.computeIfAbsent(number, n -> new Entry(n, false));
    Record before = entry.record;
    if (before == Record.PROCESSING) {
      entry.record = Record.CLOSED;
    } else if (entry.unknownToTerminal() && fenceUnknown) {
      entry.record = Record.FENCED;
    }
    return before;
  }

  private boolean move(String number, Record from, Record to) {
    Entry entry = entries.get(number);
    if (entry == null || entry.record != from) {
      return false;
    }
    entry.record = to;
    return true;
  }

  private String nextTransNo() {
    transNoCounter++;
    return String.format("5021%018d", transNoCounter);
  }
}
