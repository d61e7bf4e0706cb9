package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Journal entries to and from rows of {@link EntryTable}: parameter binding and row reading. */
final class EntryRows {

  private static final String ELLIPSIS = "…";

  /** How a note starts when a value of the terminal's was stored cut to fit its column. */
  static final String TRUNCATED_FLAG = "[stored cut: ";

  private EntryRows() {}

  /** Binds the parameters of {@link EntryTable#INSERT}. */
  static void bindInsert(PreparedStatement insert, JournalEntry entry) throws SQLException {
    try {
      bindInsertChecked(insert, entry);
    } catch (BadValueException badValue) {
      throw badValue.asSqlException();
    }
  }

  /**
   * Binds the parameters of {@link EntryTable#SETTLE}, releasing the claim of {@code processId}.
   */
  static void bindSettle(
      PreparedStatement settle,
      MerchantOrderNo merchantOrderNo,
      Settlement settlement,
      String processId)
      throws SQLException {
    try {
      bindSettleChecked(settle, merchantOrderNo, settlement, processId);
    } catch (BadValueException badValue) {
      throw badValue.asSqlException();
    }
  }

  /**
   * Reads the row {@code row} stands on, in the column order of {@link EntryTable}.
   *
   * @throws SQLDataException when the row holds a value no entry can have
   */
  static JournalEntry read(ResultSet row) throws SQLException {
    try {
      return readChecked(row);
    } catch (BadValueException badValue) {
      throw badValue.asSqlException();
    }
  }

  private static void bindInsertChecked(PreparedStatement insert, JournalEntry entry)
      throws SQLException {
    insert.setString(1, entry.merchantOrderNo().value());
    insert.setString(
        2, identifier(entry.terminalId(), EntryTable.TERMINAL_ID_LENGTH, "terminal id"));
    insert.setString(
        3, identifier(entry.type().code(), EntryTable.CODE_LENGTH, "transaction type"));
    insert.setString(4, entry.orderAmount().toWire());
    insert.setInt(5, entry.orderAmount().scale().digits());
    setText(insert, 6, entry.origMerchantOrderNo().map(MerchantOrderNo::value));
    insert.setString(7, entry.state().name());
    insert.setLong(8, entry.createdAt().toEpochMilli());
    insert.setLong(9, entry.updatedAt().toEpochMilli());
    List<String> cut =
        bindTerminalFields(
            insert,
            10,
            entry.responseCode(),
            entry.responseMessage(),
            entry.transNo(),
            entry.transStatus());
    setText(
        insert, 14, flagged(entry.note(), cut).map(note -> freeText(note, EntryTable.NOTE_LENGTH)));
    setText(insert, 15, sideAmount(entry.tipAmount(), entry.orderAmount(), "tip_amount"));
    setText(insert, 16, sideAmount(entry.cashbackAmount(), entry.orderAmount(), "cashback_amount"));
    setText(insert, 17, entry.decidedBy().map(why -> freeText(why, EntryTable.DECIDED_BY_LENGTH)));
    insert.setString(18, identifier(entry.tillId(), EntryTable.TILL_ID_LENGTH, "till id"));
    setText(insert, 19, entry.claim().map(claim -> claimHolder(claim.holder())));
    if (entry.claim().isDefined()) {
      insert.setLong(20, entry.claim().get().until().toEpochMilli());
    } else {
      insert.setNull(20, Types.BIGINT);
    }
  }

  /** A claim's holder as its column takes it: never cut, or two holders could become one. */
  static String claimHolder(String holder) {
    try {
      return identifier(holder, EntryTable.CLAIM_HOLDER_LENGTH, "claim holder");
    } catch (BadValueException badValue) {
      throw new IllegalArgumentException(badValue.getMessage());
    }
  }

  private static void bindSettleChecked(
      PreparedStatement settle,
      MerchantOrderNo merchantOrderNo,
      Settlement settlement,
      String processId)
      throws SQLException {
    settle.setString(1, settlement.state().name());
    settle.setLong(2, settlement.at().toEpochMilli());
    List<String> cut =
        bindTerminalFields(
            settle,
            3,
            settlement.responseCode(),
            settlement.responseMessage(),
            settlement.transNo(),
            settlement.transStatus());
    setText(
        settle,
        7,
        flagged(settlement.note(), cut).map(note -> freeText(note, EntryTable.NOTE_LENGTH)));
    setText(
        settle, 8, settlement.decidedBy().map(why -> freeText(why, EntryTable.DECIDED_BY_LENGTH)));
    settle.setString(9, processId);
    settle.setString(10, processId);
    settle.setString(11, merchantOrderNo.value());
  }

  private static JournalEntry readChecked(ResultSet row) throws SQLException {
    String number = row.getString(1);
    MerchantOrderNo merchantOrderNo = orderNumber(number, number, "merchant order number");
    CurrencyScale scale = scale(number, row.getInt(5));
    String holder = row.getString(19);
    long until = row.getLong(20);
    Option<Claim> claim =
        holder == null || row.wasNull()
            ? Option.none()
            : Option.some(new Claim(holder, Instant.ofEpochMilli(until)));
    return new JournalEntry(
        row.getString(18),
        row.getString(2),
        merchantOrderNo,
        TransactionType.of(row.getString(3)),
        amount(number, row.getString(4), scale),
        text(row, 6).map(orig -> orderNumber(number, orig, "original merchant order number")),
        text(row, 15).map(tip -> amount(number, tip, scale)),
        text(row, 16).map(cashback -> amount(number, cashback, scale)),
        state(number, row.getString(7)),
        Instant.ofEpochMilli(row.getLong(8)),
        Instant.ofEpochMilli(row.getLong(9)),
        text(row, 10).map(ResponseCode::of),
        text(row, 11),
        text(row, 12),
        text(row, 13).map(TransactionStatus::of),
        text(row, 14),
        text(row, 17),
        claim);
  }

  /**
   * A tip or cashback amount as its wire text: the row keeps one currency scale for all amounts of
   * an order, as an order's own rules require.
   */
  private static Option<String> sideAmount(Option<Amount> amount, Amount orderAmount, String what) {
    return amount.map(
        value -> {
          if (value.scale() != orderAmount.scale()) {
            throw new BadValueException(
                what
                    + " "
                    + value.toWire()
                    + " must use the currency scale of order_amount "
                    + orderAmount.toWire(),
                null);
          }
          return value.toWire();
        });
  }

  /**
   * Binds what the terminal said. Its values are the terminal's, not ours: one longer than its
   * column is stored cut rather than refused, as a refusal would leave a settled order unfinished
   * in the journal; each cut is returned, for the note.
   *
   * @return what was cut, e.g. {@code trans_no cut to 255 of 300 characters}; empty when nothing
   */
  private static List<String> bindTerminalFields(
      PreparedStatement statement,
      int firstIndex,
      Option<ResponseCode> responseCode,
      Option<String> responseMessage,
      Option<String> transNo,
      Option<TransactionStatus> transStatus)
      throws SQLException {
    List<String> cut = new ArrayList<>();
    setText(
        statement,
        firstIndex,
        responseCode.map(
            code -> fromTerminal(code.code(), EntryTable.CODE_LENGTH, "response_code", cut)));
    setText(
        statement,
        firstIndex + 1,
        responseMessage.map(message -> freeText(message, EntryTable.RESPONSE_MESSAGE_LENGTH)));
    setText(
        statement,
        firstIndex + 2,
        transNo.map(number -> fromTerminal(number, EntryTable.TRANS_NO_LENGTH, "trans_no", cut)));
    setText(
        statement,
        firstIndex + 3,
        transStatus.map(
            status -> fromTerminal(status.code(), EntryTable.CODE_LENGTH, "trans_status", cut)));
    return cut;
  }

  /**
   * A value the terminal gave, cut to {@code maxLength} when longer; the cut is noted in {@code
   * cut}.
   */
  private static String fromTerminal(String value, int maxLength, String field, List<String> cut) {
    if (value.length() <= maxLength) {
      return value;
    }
    cut.add(field + " cut to " + maxLength + " of " + value.length() + " characters");
    return freeText(value, maxLength);
  }

  /**
   * The note with the cuts first, where {@code ecr journal} and an export show them: {@code [stored
   * cut: trans_no cut to 255 of 300 characters] …}.
   */
  private static Option<String> flagged(Option<String> note, List<String> cut) {
    if (cut.isEmpty()) {
      return note;
    }
    String flag = TRUNCATED_FLAG + String.join("; ", cut) + "]";
    return Option.some(note.map(text -> flag + " " + text).getOrElse(flag));
  }

  private static void setText(PreparedStatement statement, int index, Option<String> value)
      throws SQLException {
    if (value.isDefined()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private static Option<String> text(ResultSet row, int index) throws SQLException {
    return Option.of(row.getString(index));
  }

  /**
   * A value that identifies something is never cut: a shortened transaction number would name
   * another transaction. Every database refuses it alike (SQLite would not check the length).
   */
  private static String identifier(String value, int maxLength, String what) {
    if (value.length() > maxLength) {
      throw new BadValueException(
          what
              + " is "
              + value.length()
              + " characters long; the journal holds at most "
              + maxLength,
          null);
    }
    return value;
  }

  /** Free text keeps its beginning; a terminal's over-long message must not lose an outcome. */
  private static String freeText(String value, int maxLength) {
    if (value.length() <= maxLength) {
      return value;
    }
    int end = maxLength - ELLIPSIS.length();
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  private static MerchantOrderNo orderNumber(String row, String value, String what) {
    try {
      return new MerchantOrderNo(value);
    } catch (RuntimeException invalid) {
      throw unreadable(
          row,
          "its " + what + " " + quoted(value) + " is not valid: " + invalid.getMessage(),
          invalid);
    }
  }

  private static Amount amount(String row, String text, CurrencyScale scale) {
    return Amount.fromTerminal(text, scale)
        .getOrElseThrow(
            () ->
                unreadable(
                    row,
                    "its amount "
                        + quoted(text)
                        + " is not an amount at "
                        + scale.digits()
                        + " fraction digits",
                    null));
  }

  private static CurrencyScale scale(String row, int digits) {
    for (CurrencyScale scale : CurrencyScale.values()) {
      if (scale.digits() == digits) {
        return scale;
      }
    }
    throw unreadable(row, "its amount scale " + digits + " is not a known currency scale", null);
  }

  private static JournalState state(String row, String name) {
    try {
      return JournalState.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw unreadable(row, "its state " + quoted(name) + " is not known", unknown);
    }
  }

  private static BadValueException unreadable(String row, String reason, Throwable cause) {
    return new BadValueException(
        "the entry of order " + quoted(row) + " cannot be read: " + reason, cause);
  }

  private static String quoted(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }

  /**
   * A value that cannot go into a column or come out of one. Unchecked so that it can leave the
   * lambdas of {@link Option#map}; the entry points turn it into a {@link SQLDataException}.
   */
  private static final class BadValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadValueException(String message, Throwable cause) {
      super(message, cause);
    }

    SQLDataException asSqlException() {
      return new SQLDataException(getMessage(), getCause());
    }
  }
}
