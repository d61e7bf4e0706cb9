package io.ecrhub.domain.port;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Where orders are written down before they are sent, so that a crash at any moment leaves a record
 * of every payment that may be in flight. Implementations must be safe for concurrent use.
 *
 * <p>Every method may throw {@link JournalException}; the payment service refuses to send an order
 * whose {@link #recordPending} failed.
 */
public interface OrderJournal {

  /**
   * Durably records an order about to be sent: when this returns, the entry survives a crash.
   *
   * @throws DuplicateOrderException when the journal already holds this merchant order number
   */
  void recordPending(JournalEntry entry);

  /**
   * Durably marks an order as handed to the wire ({@link JournalState#SENT}); called the moment
   * before its frame leaves, so that after a crash an order still {@link JournalState#PENDING}
   * provably never left. When this throws, the order is not sent.
   */
  void markSent(MerchantOrderNo merchantOrderNo, Instant at);

  /** Records what became of an order; unknown numbers are ignored. */
  void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement);

  Option<JournalEntry> find(MerchantOrderNo merchantOrderNo);

  /** Entries that still need the terminal's word: {@link JournalState#isFinished()} is false. */
  Seq<JournalEntry> unfinished();

  /** The most recent entries first, at most {@code limit} of them. */
  Seq<JournalEntry> recent(int limit);
}
