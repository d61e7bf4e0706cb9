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

  /**
   * Who writes through this handle: the till stamped on its entries, the process that claims.
   *
   * @return the writer of this handle; the same for its whole life
   */
  JournalWriter writer();

  /**
   * Durably records an order about to be sent, as given — with its claim, so that the process that
   * sends it holds it from the first moment: when this returns, the entry survives a crash.
   *
   * @param entry a {@link JournalState#PENDING} entry, normally with the sending process's claim
   * @throws DuplicateOrderException when the journal already holds this merchant order number,
   *     written by any till
   */
  void recordPending(JournalEntry entry);

  /**
   * Durably marks an order as handed to the wire ({@link JournalState#SENT}); called the moment
   * before its frame leaves, so that after a crash an order still {@link JournalState#PENDING}
   * provably never left. When this throws, the order is not sent.
   *
   * @param merchantOrderNo the order about to be sent
   * @param at when it is handed to the wire
   * @throws JournalException also when the order is no longer pending, or another process holds it
   *     (a recoverer took it over): then it must not be sent
   */
  void markSent(MerchantOrderNo merchantOrderNo, Instant at);

  /**
   * Records what became of an order, and releases this writer's claim on it (a claim of another
   * process stays); unknown numbers are ignored.
   *
   * @param merchantOrderNo the order settled
   * @param settlement its new state and what the terminal said
   */
  void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement);

  /**
   * Claims an unfinished order for this writer's process until {@code until}, atomically: only when
   * no other process holds a claim that is still valid at {@code now}. Claiming an order this
   * process holds already renews the claim.
   *
   * @param merchantOrderNo the order to claim
   * @param now the time the current claim, if any, is checked against
   * @param until when the new claim ends
   * @return whether this process holds the order now; false when another process holds it, the
   *     order is finished, or the journal does not hold it
   */
  boolean claim(MerchantOrderNo merchantOrderNo, Instant now, Instant until);

  /**
   * The entry of an order.
   *
   * @param merchantOrderNo the order's number
   * @return its entry, or none when the journal does not hold it
   */
  Option<JournalEntry> find(MerchantOrderNo merchantOrderNo);

  /**
   * Entries that still need the terminal's word: {@link JournalState#isFinished()} is false. They
   * may be claimed by other processes; {@link #claim} says which ones this process may work on.
   *
   * @return the unfinished entries of every till and terminal; empty when there are none
   */
  Seq<JournalEntry> unfinished();

  /**
   * The most recent entries first, at most {@code limit} of them.
   *
   * @param limit the most entries to return
   * @return up to {@code limit} entries, newest first
   */
  Seq<JournalEntry> recent(int limit);

  /**
   * The entries created in {@code window}, of every till, oldest first.
   *
   * @param window the creation-time range, and optionally the terminal, to select
   * @return the matching entries, oldest first
   */
  Seq<JournalEntry> inWindow(JournalWindow window);
}
