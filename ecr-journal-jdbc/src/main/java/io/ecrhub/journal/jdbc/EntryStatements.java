package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalWindow;
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
import java.util.List;

/**
 * The journal's statements, prepared once per connection and reused, so that a write costs one
 * statement execution and a commit. Not thread-safe: the journal calls it under its lock, and
 * commits or rolls back around each call.
 */
final class EntryStatements implements AutoCloseable {

  private final List<PreparedStatement> all;
  private final PreparedStatement insert;
  private final PreparedStatement settle;
  private final PreparedStatement markSent;
  private final PreparedStatement claim;
  private final PreparedStatement takeOver;
  private final PreparedStatement find;
  private final PreparedStatement unfinished;
  private final PreparedStatement recent;
  private final PreparedStatement inWindow;
  private final PreparedStatement inWindowOfTerminal;

  private EntryStatements(List<PreparedStatement> all) {
    this.all = List.copyOf(all);
    int i = 0;
    this.insert = all.get(i++);
    this.settle = all.get(i++);
    this.markSent = all.get(i++);
    this.claim = all.get(i++);
    this.takeOver = all.get(i++);
    this.find = all.get(i++);
    this.unfinished = all.get(i++);
    this.recent = all.get(i++);
    this.inWindow = all.get(i++);
    this.inWindowOfTerminal = all.get(i);
  }

  /** Prepares every statement on {@code connection}; closes what it prepared if one fails. */
  static EntryStatements prepare(Connection connection) throws SQLException {
    List<PreparedStatement> prepared = new ArrayList<>();
    try {
      for (String sql :
          List.of(
              EntryTable.INSERT,
              EntryTable.SETTLE,
              EntryTable.MARK_SENT,
              EntryTable.CLAIM,
              EntryTable.TAKE_OVER,
              EntryTable.FIND,
              EntryTable.UNFINISHED_OLDEST_FIRST,
              EntryTable.RECENT,
              EntryTable.IN_WINDOW,
              EntryTable.IN_WINDOW_OF_TERMINAL)) {
        prepared.add(connection.prepareStatement(sql));
      }
      return new EntryStatements(prepared);
    } catch (SQLException failure) {
      closeAll(prepared, failure);
      throw failure;
    }
  }

  void insert(JournalEntry entry) throws SQLException {
    EntryRows.bindInsert(insert, entry);
    insert.executeUpdate();
  }

  /**
   * Settles the entry of {@code merchantOrderNo} and releases the claim of {@code processId}; false
   * when the journal has no such entry.
   */
  boolean settle(MerchantOrderNo merchantOrderNo, Settlement settlement, String processId)
      throws SQLException {
    EntryRows.bindSettle(settle, merchantOrderNo, settlement, processId);
    return settle.executeUpdate() > 0;
  }

  /**
   * Marks a pending entry sent unless another process holds it at {@code at}; false when there is
   * no such entry.
   */
  boolean markSent(MerchantOrderNo merchantOrderNo, Instant at, String processId)
      throws SQLException {
    markSent.setLong(1, at.toEpochMilli());
    markSent.setString(2, merchantOrderNo.value());
    markSent.setString(3, processId);
    markSent.setLong(4, at.toEpochMilli());
    return markSent.executeUpdate() > 0;
  }

  /** Claims an unfinished entry nobody else holds at {@code now}; false when it could not. */
  boolean claim(MerchantOrderNo merchantOrderNo, Claim wanted, Instant now) throws SQLException {
    claim.setString(1, EntryRows.claimHolder(wanted.holder()));
    claim.setLong(2, wanted.until().toEpochMilli());
    claim.setString(3, merchantOrderNo.value());
    claim.setString(4, wanted.holder());
    claim.setLong(5, now.toEpochMilli());
    return claim.executeUpdate() > 0;
  }

  /** Replaces {@code seen} by {@code wanted}, if the entry still carries {@code seen}. */
  boolean takeOver(MerchantOrderNo merchantOrderNo, Claim seen, Claim wanted) throws SQLException {
    takeOver.setString(1, EntryRows.claimHolder(wanted.holder()));
    takeOver.setLong(2, wanted.until().toEpochMilli());
    takeOver.setString(3, merchantOrderNo.value());
    takeOver.setString(4, seen.holder());
    takeOver.setLong(5, seen.until().toEpochMilli());
    return takeOver.executeUpdate() > 0;
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

  Seq<JournalEntry> inWindow(JournalWindow window) throws SQLException {
    PreparedStatement query = window.terminalId().isDefined() ? inWindowOfTerminal : inWindow;
    query.setLong(1, window.since().toEpochMilli());
    query.setLong(2, window.until().map(Instant::toEpochMilli).getOrElse(Long.MAX_VALUE));
    if (window.terminalId().isDefined()) {
      query.setString(3, window.terminalId().get());
    }
    try (ResultSet rows = query.executeQuery()) {
      return readAll(rows, Integer.MAX_VALUE);
    }
  }

  @Override
  public void close() throws SQLException {
    closeAll(all, null);
  }

  private static Seq<JournalEntry> readAll(ResultSet rows, int limit) throws SQLException {
    List<JournalEntry> entries = new ArrayList<>();
    while (entries.size() < limit && rows.next()) {
      entries.add(EntryRows.read(rows));
    }
    return Array.ofAll(entries);
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
