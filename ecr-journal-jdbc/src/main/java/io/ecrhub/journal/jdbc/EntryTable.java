package io.ecrhub.journal.jdbc;

/**
 * The {@code journal_entry} table as the statements see it: its SQL and the sizes of its text
 * columns (those of {@link JournalSchema#MIGRATIONS}).
 *
 * <p>Times are epoch milliseconds; an amount is its wire text plus the digits of its currency
 * scale, so that {@code 34.50} reads back as exactly {@code 34.50}; absent values are NULL.
 */
final class EntryTable {

  static final String NAME = "journal_entry";

  // Identifiers: a value too long for its column is refused, never cut (see EntryRows).
  static final int TERMINAL_ID_LENGTH = 1000;
  static final int CODE_LENGTH = 64;
  static final int TRANS_NO_LENGTH = 255;

  // Free text: a longer value is cut to fit and ends with an ellipsis.
  static final int RESPONSE_MESSAGE_LENGTH = 1000;
  static final int NOTE_LENGTH = 2000;
  static final int DECIDED_BY_LENGTH = 1000;

  private static final String COLUMNS =
      "merchant_order_no, terminal_id, trans_type, order_amount, amount_scale,"
          + " orig_merchant_order_no, journal_state, created_at, updated_at, response_code,"
          + " response_message, trans_no, trans_status, note, tip_amount, cashback_amount,"
          + " decided_by";

  static final String INSERT =
      "INSERT INTO "
          + NAME
          + " ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * A settlement's absent terminal fields keep what the row holds (COALESCE), as {@link
   * io.ecrhub.domain.port.JournalEntry#settledBy} does (and so does an absent {@code decided_by});
   * its state, time and note always replace.
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
          + " decided_by = COALESCE(?, decided_by)"
          + " WHERE merchant_order_no = ?";

  /** Only a pending entry becomes sent: a later state is never taken back. */
  static final String MARK_SENT =
      "UPDATE "
          + NAME
          + " SET journal_state = 'SENT', updated_at = ?"
          + " WHERE merchant_order_no = ? AND journal_state = 'PENDING'";

  static final String FIND = "SELECT " + COLUMNS + " FROM " + NAME + " WHERE merchant_order_no = ?";

  /** Ties on the millisecond are broken by the order number, so that the order is stable. */
  static final String RECENT =
      "SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY created_at DESC, merchant_order_no DESC";

  private EntryTable() {}

  /** Entries in any of {@code stateCount} states (bound as parameters), oldest first. */
  static String inStatesOldestFirst(int stateCount) {
    if (stateCount < 1) {
      throw new IllegalArgumentException("stateCount must be at least 1, got " + stateCount);
    }
    return "SELECT "
        + COLUMNS
        + " FROM "
        + NAME
        + " WHERE journal_state IN ("
        + "?, ".repeat(stateCount - 1)
        + "?) ORDER BY created_at, merchant_order_no";
  }
}
