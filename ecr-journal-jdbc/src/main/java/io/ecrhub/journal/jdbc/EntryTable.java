package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalState;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code journal_entry} table as the statements see it: its SQL and the sizes of its text
 * columns (those of {@link JournalSchema#MIGRATIONS}).
 *
 * <p>Times are epoch milliseconds; an amount is its wire text plus the digits of its currency
 * scale, so that {@code 34.50} reads back as exactly {@code 34.50}; absent values are NULL. A claim
 * is its holder and its end ({@code claim_holder}, {@code claim_until}), both NULL when nobody
 * holds the entry.
 *
 * <p>Every statement that decides something between processes is one conditional UPDATE, so that
 * the database makes the decision atomically: a claim is taken only where no valid claim of another
 * process stands, an entry is marked sent only while it is pending and not taken over.
 */
final class EntryTable {

  static final String NAME = "journal_entry";

  // Identifiers: a value too long for its column is refused, never cut (see EntryRows).
  static final int TERMINAL_ID_LENGTH = 1000;
  static final int CODE_LENGTH = 64;
  static final int TRANS_NO_LENGTH = 255;
  static final int TILL_ID_LENGTH = 200;
  static final int CLAIM_HOLDER_LENGTH = 500;

  // Free text: a longer value is cut to fit and ends with an ellipsis.
  static final int RESPONSE_MESSAGE_LENGTH = 1000;
  static final int NOTE_LENGTH = 2000;
  static final int DECIDED_BY_LENGTH = 1000;

  private static final String COLUMNS =
      "merchant_order_no, terminal_id, trans_type, order_amount, amount_scale,"
          + " orig_merchant_order_no, journal_state, created_at, updated_at, response_code,"
          + " response_message, trans_no, trans_status, note, tip_amount, cashback_amount,"
          + " decided_by, till_id, claim_holder, claim_until";

  /** The states of an unfinished entry, as SQL: taken from the domain's own rule. */
  private static final String UNFINISHED =
      Arrays.stream(JournalState.values())
          .filter(state -> !state.isFinished())
          .map(state -> "'" + state.name() + "'")
          .collect(Collectors.joining(", ", "journal_state IN (", ")"));

  /** No other process holds the entry at the time bound second: the holder is bound first. */
  private static final String NOT_HELD_BY_ANOTHER =
      "(claim_holder IS NULL OR claim_holder = ? OR claim_until <= ?)";

  static final String INSERT =
      "INSERT INTO "
          + NAME
          + " ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * A settlement's absent terminal fields keep what the row holds (COALESCE), as {@link
   * io.ecrhub.domain.port.JournalEntry#settledBy} does (and so does an absent {@code decided_by});
   * its state, time and note always replace. The claim of the settling process (bound last but one,
   * twice) is released; a claim of another process stays. Every SET sees the row as it was.
   */
  static final String SETTLE =
      "UPDATE "
          + NAME
          + " SET journal_state = ?, updated_at = ?,"
          + " response_code = COALESCE(?, response_code),"
          + " response_message = COALESCE(?, response_message),"
          + " trans_no = COALESCE(?, trans_no),"
          + " trans_status = COALESCE(?, trans_status),"
          + " note = ?,"
          + " decided_by = COALESCE(?, decided_by),"
          + " claim_until = CASE WHEN claim_holder = ? THEN NULL ELSE claim_until END,"
          + " claim_holder = CASE WHEN claim_holder = ? THEN NULL ELSE claim_holder END"
          + " WHERE merchant_order_no = ?";

  /**
   * Only a pending entry becomes sent, and only while no other process has taken it over: a later
   * state is never taken back, and an order a recoverer holds must not leave.
   */
  static final String MARK_SENT =
      "UPDATE "
          + NAME
          + " SET journal_state = 'SENT', updated_at = ?"
          + " WHERE merchant_order_no = ? AND journal_state = 'PENDING' AND "
          + NOT_HELD_BY_ANOTHER;

  /** Holder, end; number; holder and time again: taken where nobody else holds it now. */
  static final String CLAIM =
      "UPDATE "
          + NAME
          + " SET claim_holder = ?, claim_until = ?"
          + " WHERE merchant_order_no = ? AND "
          + UNFINISHED
          + " AND "
          + NOT_HELD_BY_ANOTHER;

  /**
   * Holder, end; number; the claim seen (holder, end): taken from a holder known to be gone,
   * provided the claim is still the one that was seen.
   */
  static final String TAKE_OVER =
      "UPDATE "
          + NAME
          + " SET claim_holder = ?, claim_until = ?"
          + " WHERE merchant_order_no = ? AND "
          + UNFINISHED
          + " AND claim_holder = ? AND claim_until = ?";

  static final String FIND = "SELECT " + COLUMNS + " FROM " + NAME + " WHERE merchant_order_no = ?";

  /** Ties on the millisecond are broken by the order number, so that the order is stable. */
  static final String RECENT =
      "SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY created_at DESC, merchant_order_no DESC";

  static final String UNFINISHED_OLDEST_FIRST =
      "SELECT "
          + COLUMNS
          + " FROM "
          + NAME
          + " WHERE "
          + UNFINISHED
          + " ORDER BY created_at, merchant_order_no";

  /** Created from (inclusive), until (exclusive); oldest first. */
  static final String IN_WINDOW =
      "SELECT "
          + COLUMNS
          + " FROM "
          + NAME
          + " WHERE created_at >= ? AND created_at < ?"
          + " ORDER BY created_at, merchant_order_no";

  /** As {@link #IN_WINDOW}, of one terminal (bound third). */
  static final String IN_WINDOW_OF_TERMINAL =
      "SELECT "
          + COLUMNS
          + " FROM "
          + NAME
          + " WHERE created_at >= ? AND created_at < ? AND terminal_id = ?"
          + " ORDER BY created_at, merchant_order_no";

  private EntryTable() {}
}
