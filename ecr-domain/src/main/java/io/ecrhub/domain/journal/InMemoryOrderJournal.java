package io.ecrhub.domain.journal;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A journal that lives as long as the process: enough for tests and for a POS that keeps its own
 * records, but it forgets everything in a crash. Use the JDBC journal where that matters.
 */
public final class InMemoryOrderJournal implements OrderJournal {

  private final ConcurrentMap<MerchantOrderNo, JournalEntry> entries = new ConcurrentHashMap<>();

  @Override
  public void recordPending(JournalEntry entry) {
    if (entries.putIfAbsent(entry.merchantOrderNo(), entry) != null) {
      throw new DuplicateOrderException(entry.merchantOrderNo());
    }
  }

  @Override
  public void markSent(MerchantOrderNo merchantOrderNo, Instant at) {
    entries.computeIfPresent(
        merchantOrderNo,
        (number, entry) -> entry.state() == JournalState.PENDING ? entry.sentAt(at) : entry);
  }

  @Override
  public void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement) {
    entries.computeIfPresent(merchantOrderNo, (number, entry) -> entry.settledBy(settlement));
  }

  @Override
  public Option<JournalEntry> find(MerchantOrderNo merchantOrderNo) {
    return Option.of(entries.get(merchantOrderNo));
  }

  @Override
  public Seq<JournalEntry> unfinished() {
    return List.ofAll(entries.values())
        .filter(entry -> !entry.state().isFinished())
        .sorted(Comparator.comparing(JournalEntry::createdAt));
  }

  @Override
  public Seq<JournalEntry> recent(int limit) {
    return List.ofAll(entries.values())
        .sorted(Comparator.comparing(JournalEntry::createdAt).reversed())
        .take(limit);
  }
}
