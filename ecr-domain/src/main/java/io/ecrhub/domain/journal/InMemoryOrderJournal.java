package io.ecrhub.domain.journal;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A journal that lives as long as the process: enough for tests and for a POS that keeps its own
 * records, but it forgets everything in a crash. Use the JDBC journal where that matters.
 *
 * <p>It keeps the same rules as a shared database journal — one entry per merchant order number,
 * claims that exclude other processes — and {@link #sharedWith} gives another handle on the same
 * entries, as a second process on one database would have: what tests of many tills need.
 */
public final class InMemoryOrderJournal implements OrderJournal {

  /** The till of a journal nobody named: this one process. */
  public static final String LOCAL_TILL = "local";

  private static final Comparator<JournalEntry> OLDEST_FIRST =
      Comparator.comparing(JournalEntry::createdAt)
          .thenComparing(entry -> entry.merchantOrderNo().value());

  /**
   * Numbers the journals of this process. Their entries live only as long as the process, so a
   * process-wide counter names each writer uniquely — and, unlike a random UUID, it does not wait
   * for {@code SecureRandom} to seed on a fresh JVM's first payment.
   */
  private static final AtomicLong JOURNALS = new AtomicLong();

  private final ConcurrentMap<MerchantOrderNo, JournalEntry> entries;
  private final JournalWriter writer;

  /** A new, empty journal written by this process as till {@value #LOCAL_TILL}. */
  public InMemoryOrderJournal() {
    this(new JournalWriter(LOCAL_TILL, "in-memory " + JOURNALS.incrementAndGet()));
  }

  /**
   * A new, empty journal written by {@code writer}.
   *
   * @param writer the till and process this handle writes as; not null
   */
  public InMemoryOrderJournal(JournalWriter writer) {
    this(new ConcurrentHashMap<>(), writer);
  }

  private InMemoryOrderJournal(
      ConcurrentMap<MerchantOrderNo, JournalEntry> entries, JournalWriter writer) {
    this.entries = entries;
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /**
   * Another handle on the same entries, written by {@code other} (another till or process).
   *
   * @param other the writer of the new handle
   * @return a handle that sees and changes the same entries
   */
  public InMemoryOrderJournal sharedWith(JournalWriter other) {
    return new InMemoryOrderJournal(entries, other);
  }

  @Override
  public JournalWriter writer() {
    return writer;
  }

  @Override
  public void recordPending(JournalEntry entry) {
    if (entries.putIfAbsent(entry.merchantOrderNo(), entry) != null) {
      throw new DuplicateOrderException(entry.merchantOrderNo());
    }
  }

  @Override
  public void markSent(MerchantOrderNo merchantOrderNo, Instant at) {
    AtomicBoolean marked = new AtomicBoolean();
    JournalEntry after =
        entries.computeIfPresent(
            merchantOrderNo,
            (number, entry) -> {
              if (entry.state() != JournalState.PENDING
                  || entry.isHeldByAnotherAt(writer.processId(), at)) {
                return entry;
              }
              marked.set(true);
              return entry.sentAt(at);
            });
    if (!marked.get()) {
      throw notMarked(merchantOrderNo, Option.of(after));
    }
  }

  @Override
  public void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement) {
    entries.computeIfPresent(
        merchantOrderNo,
        (number, entry) -> entry.settledBy(settlement).releasedBy(writer.processId()));
  }

  @Override
  public boolean claim(MerchantOrderNo merchantOrderNo, Instant now, Instant until) {
    AtomicBoolean taken = new AtomicBoolean();
    entries.computeIfPresent(
        merchantOrderNo,
        (number, entry) -> {
          if (entry.state().isFinished() || entry.isHeldByAnotherAt(writer.processId(), now)) {
            return entry;
          }
          taken.set(true);
          return entry.claimedBy(new Claim(writer.processId(), until));
        });
    return taken.get();
  }

  @Override
  public Option<JournalEntry> find(MerchantOrderNo merchantOrderNo) {
    return Option.of(entries.get(merchantOrderNo));
  }

  @Override
  public Seq<JournalEntry> unfinished() {
    return List.ofAll(entries.values())
        .filter(entry -> !entry.state().isFinished())
        .sorted(OLDEST_FIRST);
  }

  @Override
  public Seq<JournalEntry> recent(int limit) {
    return List.ofAll(entries.values()).sorted(OLDEST_FIRST.reversed()).take(limit);
  }

  @Override
  public Seq<JournalEntry> inWindow(JournalWindow window) {
    return List.ofAll(entries.values()).filter(window::contains).sorted(OLDEST_FIRST);
  }

  @Override
  public String toString() {
    return "InMemoryOrderJournal[" + writer.tillId() + ", " + writer.processId() + "]";
  }

  /** Why an order could not be marked sent, from what the journal holds of it. */
  private static JournalException notMarked(
      MerchantOrderNo merchantOrderNo, Option<JournalEntry> entry) {
    if (entry.isEmpty()) {
      return new JournalException(
          "cannot mark order " + merchantOrderNo + " sent: the journal does not hold it");
    }
    JournalEntry held = entry.get();
    if (held.state() != JournalState.PENDING) {
      return new JournalException(
          "cannot mark order "
              + merchantOrderNo
              + " sent: it is "
              + held.state()
              + " in the journal, no longer pending");
    }
    return new JournalException(
        "cannot mark order "
            + merchantOrderNo
            + " sent: "
            + held.claim().map(Claim::holder).getOrElse("another process")
            + " has taken it over");
  }
}
