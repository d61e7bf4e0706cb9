package io.ecrhub.domain.payment;

import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.JournalEntry;
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

  private final InMemoryOrderJournal entries = new InMemoryOrderJournal();
  private volatile RuntimeException pendingFailure;
  private volatile RuntimeException outcomeFailure;
  private volatile RuntimeException sentFailure;
  private volatile Consumer<JournalEntry> afterPending = entry -> {};

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
}
