package io.ecrhub.domain.payment;

import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The in-memory journal with switches a test can throw: make writes fail, or run something right
 * after a pending entry is written (while {@code submit} is still inside its journal call).
 */
final class RecordingJournal implements OrderJournal {

  private final InMemoryOrderJournal entries;
  private volatile RuntimeException pendingFailure;
  private volatile RuntimeException outcomeFailure;
  private volatile RuntimeException sentFailure;
  private volatile Consumer<JournalEntry> afterPending = entry -> {};

  RecordingJournal() {
    this(new InMemoryOrderJournal());
  }

  /** A recording handle on {@code entries}, e.g. one another process shares. */
  RecordingJournal(InMemoryOrderJournal entries) {
    this.entries = entries;
  }

  /** A recording handle on the same entries, written by another till or process. */
  RecordingJournal asAnotherProcess(JournalWriter other) {
    return new RecordingJournal(entries.sharedWith(other));
  }

  @Override
  public JournalWriter writer() {
    return entries.writer();
  }

  /** Every following {@link #recordPending} throws {@code failure}; {@code null} heals it. */
  void failPendingWrites(RuntimeException failure) {
    this.pendingFailure = failure;
  }

  /** Every following {@link #recordOutcome} throws {@code failure}; {@code null} heals it. */
  void failOutcomeWrites(RuntimeException failure) {
    this.outcomeFailure = failure;
  }

  /** Every following {@link #markSent} throws {@code failure}; {@code null} heals it. */
  void failSentMarks(RuntimeException failure) {
    this.sentFailure = failure;
  }

  void afterPending(Consumer<JournalEntry> hook) {
    this.afterPending = hook;
  }

  @Override
  public void recordPending(JournalEntry entry) {
    RuntimeException failure = pendingFailure;
    if (failure != null) {
      throw failure;
    }
    entries.recordPending(entry);
    afterPending.accept(entry);
  }

  @Override
  public void markSent(MerchantOrderNo merchantOrderNo, Instant at) {
    RuntimeException failure = sentFailure;
    if (failure != null) {
      throw failure;
    }
    entries.markSent(merchantOrderNo, at);
  }

  @Override
  public void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement) {
    RuntimeException failure = outcomeFailure;
    if (failure != null) {
      throw failure;
    }
    entries.recordOutcome(merchantOrderNo, settlement);
  }

  @Override
  public boolean claim(MerchantOrderNo merchantOrderNo, Instant now, Instant until) {
    return entries.claim(merchantOrderNo, now, until);
  }

  @Override
  public Option<JournalEntry> find(MerchantOrderNo merchantOrderNo) {
    return entries.find(merchantOrderNo);
  }

  /** The entry of an order that must be in the journal. */
  JournalEntry entry(String merchantOrderNo) {
    return find(new MerchantOrderNo(merchantOrderNo))
        .getOrElseThrow(() -> new AssertionError("no journal entry for " + merchantOrderNo));
  }

  @Override
  public Seq<JournalEntry> unfinished() {
    return entries.unfinished();
  }

  @Override
  public Seq<JournalEntry> recent(int limit) {
    return entries.recent(limit);
  }

  @Override
  public Seq<JournalEntry> inWindow(JournalWindow window) {
    return entries.inWindow(window);
  }
}
