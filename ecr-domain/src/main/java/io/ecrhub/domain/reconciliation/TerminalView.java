package io.ecrhub.domain.reconciliation;

import io.ecrhub.domain.result.Difference;
import io.ecrhub.domain.result.TransactionResult;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What the terminal says of one order when asked during a reconciliation, read by the payment
 * engine's rules.
 *
 * @param kind what its answer proves about the money
 * @param reported the transaction it reported, when it reported one
 * @param differences how the reported transaction differs from the order as sent (empty unless
 *     {@link Kind#TAKEN_OTHERWISE})
 * @param said the terminal's answer in a few words: {@code "000, status 2"}, {@code "104"}, {@code
 *     "no answer (TIMEOUT)"}
 */
public record TerminalView(
    Kind kind, Option<TransactionResult> reported, Seq<Difference> differences, String said) {

  /** What an answer proves about an order's money. */
  public enum Kind {
    /** A final success of this very order, as it was sent. */
    TAKEN,
    /** A final success under this order's number that does not match the order as sent. */
    TAKEN_OTHERWISE,
    /** Closed: the order was not paid and can no longer be. */
    NOT_TAKEN,
    /** The terminal does not know the order ({@code 104}). */
    NOT_FOUND,
    /** Not final (yet), or an answer that proves nothing. */
    UNDECIDED,
    /** No answer: a timeout, a lost connection, a request that could not be sent. */
    NO_ANSWER
  }

  /**
   * Checks that every component is present.
   *
   * @param kind what the answer proves about the money
   * @param reported the transaction reported, or none
   * @param differences how it differs from the order as sent; empty when it does not
   * @param said the terminal's answer in a few words
   * @throws NullPointerException if any is null
   */
  public TerminalView {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(differences, "differences");
    Objects.requireNonNull(said, "said");
  }

  /**
   * Whether money moved for the order's number, as ordered or not.
   *
   * @return {@code true} for {@link Kind#TAKEN} and {@link Kind#TAKEN_OTHERWISE}
   */
  public boolean saysTaken() {
    return kind == Kind.TAKEN || kind == Kind.TAKEN_OTHERWISE;
  }

  /**
   * Whether the answer proves that no money moved and none will.
   *
   * @return {@code true} for {@link Kind#NOT_TAKEN} and {@link Kind#NOT_FOUND}
   */
  public boolean saysNotTaken() {
    return kind == Kind.NOT_TAKEN || kind == Kind.NOT_FOUND;
  }
}
