package io.ecrhub.domain.port;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Where a POS remembers the terminals it is paired with: beside its order journal, so that one
 * backup keeps both. Implementations are thread-safe; a failure to read or write is a {@link
 * JournalException}.
 */
public interface PairedTerminals {

  /**
   * Remembers a pairing, replacing an earlier one of the same serial number.
   *
   * @param terminal the pairing to keep
   */
  void remember(PairedTerminal terminal);

  /**
   * Forgets the pairing of this serial number; whether there was one.
   *
   * @param serialNumber the terminal's serial number
   * @return {@code true} if a pairing was forgotten
   */
  boolean forget(String serialNumber);

  /**
   * The pairing of this serial number, if any.
   *
   * @param serialNumber the terminal's serial number
   * @return the pairing, or none
   */
  Option<PairedTerminal> find(String serialNumber);

  /**
   * Every pairing, by serial number.
   *
   * @return every pairing, one per serial number; empty when none
   */
  Seq<PairedTerminal> list();
}
