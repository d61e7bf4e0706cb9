package io.ecrhub.domain.port;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Where orders are written down before they are sent, so that a crash at any moment leaves a record
 * of every payment that may be in flight. Implementations must be safe for concurrent use.
 *
 * <p>One journal may be shared by many tills and many processes (a database server); each handle
 * writes as one {@link JournalWriter}. Unfinished orders are held by {@link Claim}s, so that of all
 * the processes that might recover an order only one works on it at a time, and none recovers an
 * order from under the process that is still sending it.
 *
 * <p>Every method may throw {@link JournalException}; the payment service refuses to send an order
 * whose {@link #recordPending} or {@link #markSent} failed.
 */
public interface OrderJournal {

  /** Who writes through this handle: the till stamped on its entries, the process that claims. */
  JournalWriter writer();

  /**
   * Durably records an order about to be sent, as given — with its claim, so that the process that
   * sends it holds it from the first moment: when this returns, the entry survives a crash.
   *
   * @throws DuplicateOrderException when the journal already holds this merchant order number,
   *     written by any till
   */
  void recordPending(JournalEntry entry);

  /**
   * Durably marks an order as handed to the wire ({@link JournalState#SENT}); called the moment
   * before its frame leaves, so that after a crash an order still {@link JournalState#PENDING}
   * provably never left. When this throws, the order is not sent.
   *
   * @throws JournalException also when the order is no longer pending, or another process holds it
   *     (a recoverer took it over): then it must not be sent
   */
  void markSent(MerchantOrderNo merchantOrderNo, Instant at);

  /**
   * Records what became of an order, and releases this writer's claim on it (a claim of another
   * process stays); unknown numbers are ignored.
   */
  void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement);

  /**
   * Claims an unfinished order for this writer's process until {@code until}, atomically: only when
   * no other process holds a claim that is still valid at {@code now}. Claiming an order this
   * process holds already renews the claim.
   *
   * @return whether this process holds the order now; false when another process holds it, the
   *     order is finished, or the journal does not hold it
   */
  boolean claim(MerchantOrderNo merchantOrderNo, Instant now, Instant until);

  Option<JournalEntry> find(MerchantOrderNo merchantOrderNo);

  /**
   * Entries that still need the terminal's word: {@link JournalState#isFinished()} is false. They
   * may be claimed by other processes; {@link #claim} says which ones this process may work on.
   */
  Seq<JournalEntry> unfinished();

  /** The most recent entries first, at most {@code limit} of them. */
  Seq<JournalEntry> recent(int limit);

  /** The entries created in {@code window}, of every till, oldest first. */
  Seq<JournalEntry> inWindow(JournalWindow window);
}
