package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The journal's statements, prepared once per connection and reused, so that a write costs one
 * statement execution and a commit. Not thread-safe: the journal calls it under its lock, and
 * commits or rolls back around each call.
 */
final class EntryStatements implements AutoCloseable {

  /** The states {@code unfinished()} returns, taken from the domain's own rule. */
  private static final List<JournalState> UNFINISHED_STATES =
      Arrays.stream(JournalState.values()).filter(state -> !state.isFinished()).toList();

  private final PreparedStatement insert;
  private final PreparedStatement settle;
  private final PreparedStatement markSent;
  private final PreparedStatement find;
  private final PreparedStatement unfinished;
  private final PreparedStatement recent;

  private EntryStatements(
      PreparedStatement insert,
      PreparedStatement settle,
      PreparedStatement markSent,
      PreparedStatement find,
      PreparedStatement unfinished,
      PreparedStatement recent) {
    this.insert = insert;
    this.settle = settle;
    this.markSent = markSent;
    this.find = find;
    this.unfinished = unfinished;
    this.recent = recent;
  }

  /** Prepares every statement on {@code connection}; closes what it prepared if one fails. */
  static EntryStatements prepare(Connection connection) throws SQLException {
    List<PreparedStatement> prepared = new ArrayList<>();
    try {
      PreparedStatement insert = track(prepared, connection.prepareStatement(EntryTable.INSERT));
      PreparedStatement settle = track(prepared, connection.prepareStatement(EntryTable.SETTLE));
      PreparedStatement markSent =
          track(prepared, connection.prepareStatement(EntryTable.MARK_SENT));
      PreparedStatement find = track(prepared, connection.prepareStatement(EntryTable.FIND));
      PreparedStatement unfinished =
          track(
              prepared,
              connection.prepareStatement(
                  EntryTable.inStatesOldestFirst(UNFINISHED_STATES.size())));
      PreparedStatement recent = track(prepared, connection.prepareStatement(EntryTable.RECENT));
      for (int i = 0; i < UNFINISHED_STATES.size(); i++) {
        unfinished.setString(i + 1, UNFINISHED_STATES.get(i).name());
      }
      return new EntryStatements(insert, settle, markSent, find, unfinished, recent);
    } catch (SQLException failure) {
      closeAll(prepared, failure);
      throw failure;
    }
  }

  void insert(JournalEntry entry) throws SQLException {
    EntryRows.bindInsert(insert, entry);
    insert.executeUpdate();
  }

  /** Settles the entry of {@code merchantOrderNo}; false when the journal has no such entry. */
  boolean settle(MerchantOrderNo merchantOrderNo, Settlement settlement) throws SQLException {
    EntryRows.bindSettle(settle, merchantOrderNo, settlement);
    return settle.executeUpdate() > 0;
  }

  /** Marks a pending entry sent; false when there is no pending entry of that number. */
  boolean markSent(MerchantOrderNo merchantOrderNo, Instant at) throws SQLException {
    markSent.setLong(1, at.toEpochMilli());
    markSent.setString(2, merchantOrderNo.value());
    return markSent.executeUpdate() > 0;
  }

  Option<JournalEntry> find(MerchantOrderNo merchantOrderNo) throws SQLException {
    find.setString(1, merchantOrderNo.value());
    try (ResultSet rows = find.executeQuery()) {
      return rows.next() ? Option.some(EntryRows.read(rows)) : Option.none();
    }
  }

  Seq<JournalEntry> unfinished() throws SQLException {
    try (ResultSet rows = unfinished.executeQuery()) {
      return readAll(rows, Integer.MAX_VALUE);
    }
  }

  /** At most {@code limit} (at least 1) entries, newest first. */
  Seq<JournalEntry> recent(int limit) throws SQLException {
    // setMaxRows instead of LIMIT/FETCH FIRST: neither spelling works on every database
    recent.setMaxRows(limit);
    try (ResultSet rows = recent.executeQuery()) {
      return readAll(rows, limit);
    }
  }

  @Override
  public void close() throws SQLException {
    closeAll(List.of(insert, settle, markSent, find, unfinished, recent), null);
  }

  private static Seq<JournalEntry> readAll(ResultSet rows, int limit) throws SQLException {
    List<JournalEntry> entries = new ArrayList<>();
    while (entries.size() < limit && rows.next()) {
      entries.add(EntryRows.read(rows));
    }
    return Array.ofAll(entries);
  }

  private static PreparedStatement track(
      List<PreparedStatement> prepared, PreparedStatement statement) {
    prepared.add(statement);
    return statement;
  }

  /**
   * Closes every statement even when one fails; the first failure is thrown, or added to {@code
   * pending} when there is one already.
   */
  private static void closeAll(List<PreparedStatement> statements, SQLException pending)
      throws SQLException {
    SQLException first = pending;
    for (PreparedStatement statement : statements) {
      try {
        statement.close();
      } catch (SQLException failure) {
        if (first == null) {
          first = failure;
        } else {
          first.addSuppressed(failure);
        }
      }
    }
    if (first != null && pending == null) {
      throw first;
    }
  }
}
