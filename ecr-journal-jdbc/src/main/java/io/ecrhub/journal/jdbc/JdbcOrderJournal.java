package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A durable {@link OrderJournal} in a database reached over JDBC: an SQLite file by default ({@link
 * #open(JournalLocation)}), or any database with a JDBC driver on the class path ({@link
 * #open(String, Properties)}); the SQL is the same for all.
 *
 * <p>Each write is one transaction that has committed when the method returns; on SQLite the file
 * is in write-ahead-log mode with {@code synchronous=FULL}, so a committed entry survives a power
 * cut. The schema is created and upgraded on open (see {@link #schemaVersion()}); a database
 * written by a newer ecr-hub is refused rather than misread.
 *
 * <p>Thread-safe: one connection serves all callers in turn, which is ample for a till and avoids
 * SQLite's lock contention entirely. If that connection breaks (a database server restarts), the
 * call fails and the next call connects again. Times are kept to the millisecond.
 *
 * <p>Every failure is a {@link JournalException} that names the journal by its URL (passwords
 * replaced by {@code ***}).
 */
public final class JdbcOrderJournal implements OrderJournal, AutoCloseable {

  private final String url;
  private final Properties connectionProperties;
  private final JournalSchema schema;
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();

  /** Null after its connection broke, until the next call opens a new one. Guarded by lock. */
  private JournalSession session;

  /** Guarded by lock. */
  private boolean closed;

  private JdbcOrderJournal(
      String url, Properties connectionProperties, JournalSchema schema, JournalSession session) {
    this.url = url;
    this.connectionProperties = connectionProperties;
    this.schema = schema;
    this.name = JdbcUrls.redacted(url);
    this.session = session;
  }

  /**
   * Opens the journal at {@code location}; for an SQLite file, creates its directory first.
   *
   * @throws JournalException when the location cannot hold a journal, naming it and the reason
   */
  public static JdbcOrderJournal open(JournalLocation location) {
    Objects.requireNonNull(location, "location");
    if (location instanceof JournalLocation.SqliteFile file) {
      createDirectoryOf(file);
    }
    return open(location.jdbcUrl(), new Properties(), JournalSchema.current());
  }

  /** Opens (or creates) the SQLite journal in {@code file}, creating its directory first. */
  public static JdbcOrderJournal openFile(Path file) {
    Objects.requireNonNull(file, "file");
    return open(new JournalLocation.SqliteFile(file, JournalLocation.Source.EXPLICIT));
  }

  /** Opens the journal at a JDBC URL, e.g. {@code jdbc:sqlite:/var/lib/ecr/journal.db}. */
  public static JdbcOrderJournal open(String jdbcUrl) {
    return open(jdbcUrl, new Properties());
  }

  /**
   * Opens the journal at a JDBC URL with connection properties (e.g. {@code user} and {@code
   * password} for PostgreSQL).
   *
   * @throws JournalException when the database cannot be reached, holds a newer schema, or has no
   *     driver on the class path
   */
  public static JdbcOrderJournal open(String jdbcUrl, Properties connectionProperties) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(connectionProperties, "connectionProperties");
    Properties copy = new Properties();
    copy.putAll(connectionProperties);
    return open(jdbcUrl, copy, JournalSchema.current());
  }

  /** Opens with another list of migrations: for tests of the schema handling. */
  static JdbcOrderJournal open(
      String jdbcUrl, Properties connectionProperties, JournalSchema schema) {
    String name = JdbcUrls.redacted(jdbcUrl);
    JournalSession session = JournalSession.open(jdbcUrl, connectionProperties, schema, name);
    return new JdbcOrderJournal(jdbcUrl, connectionProperties, schema, session);
  }

  /** The journal's URL as messages show it: any password replaced by {@code ***}. */
  public String name() {
    return name;
  }

  /** The schema version this code keeps the database at. */
  public static int schemaVersion() {
    return JournalSchema.current().latestVersion();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The entry has committed when this returns. The primary key on the merchant order number is
   * the guard against duplicates, so a second process writing the same number is refused too.
   */
  @Override
  public void recordPending(JournalEntry entry) {
    Objects.requireNonNull(entry, "entry");
    inTransaction(
        "write",
        session -> {
          try {
            session.statements().insert(entry);
          } catch (SQLException failure) {
            if (holds(session, entry.merchantOrderNo(), failure)) {
              throw new DuplicateOrderException(entry.merchantOrderNo());
            }
            throw failure;
          }
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The mark has committed when this returns. Only a {@link
   * io.ecrhub.domain.port.JournalState#PENDING} entry is marked; any other, or an unknown number,
   * is left as it is.
   */
  @Override
  public void markSent(MerchantOrderNo merchantOrderNo, Instant at) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(at, "at");
    inTransaction("write", session -> session.statements().markSent(merchantOrderNo, at));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Absent terminal fields of the settlement keep what the entry holds, as {@link
   * JournalEntry#settledBy(Settlement)} does.
   */
  @Override
  public void recordOutcome(MerchantOrderNo merchantOrderNo, Settlement settlement) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(settlement, "settlement");
    inTransaction("write", session -> session.statements().settle(merchantOrderNo, settlement));
  }

  @Override
  public Option<JournalEntry> find(MerchantOrderNo merchantOrderNo) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    return inTransaction("read", session -> session.statements().find(merchantOrderNo));
  }

  /** Pending, sent and unknown entries, oldest first (ties by merchant order number). */
  @Override
  public Seq<JournalEntry> unfinished() {
    return inTransaction("read", session -> session.statements().unfinished());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Newest by creation time first (ties by merchant order number, descending).
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  @Override
  public Seq<JournalEntry> recent(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    if (limit == 0) {
      return Array.empty();
    }
    return inTransaction("read", session -> session.statements().recent(limit));
  }

  /**
   * Closes the connection; later calls fail with a {@link JournalException}. On SQLite this also
   * folds the write-ahead log back into the journal file. Closing twice does nothing.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (session != null) {
        JournalSession closing = session;
        session = null;
        closing.close();
      }
    } catch (SQLException failure) {
      throw new JournalException(
          "cannot close the order journal at " + name + ": " + failure.getMessage(), failure);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "JdbcOrderJournal[" + name + "]";
  }

  /**
   * Runs {@code work} as one transaction under the lock: commits when it returns, rolls back when
   * it throws. A SQL failure becomes a {@link JournalException} that says what could not be done to
   * which journal.
   */
  private <T> T inTransaction(String action, SessionWork<T> work) {
    lock.lock();
    try {
      JournalSession current = currentSession(action);
      try {
        T result = work.run(current);
        current.commit();
        return result;
      } catch (SQLException failure) {
        current.rollback(failure);
        discardIfBroken(current, failure);
        throw new JournalException(
            "cannot " + action + " the order journal at " + name + ": " + failure.getMessage(),
            failure);
      } catch (RuntimeException failure) {
        current.rollback(failure);
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  private JournalSession currentSession(String action) {
    if (closed) {
      throw new JournalException(
          "cannot " + action + " the order journal at " + name + ": it is closed");
    }
    if (session == null) {
      session = JournalSession.open(url, connectionProperties, schema, name);
    }
    return session;
  }

  /** A broken connection is dropped, so that the next call connects again. */
  private void discardIfBroken(JournalSession current, SQLException failure) {
    if (current.isUsable()) {
      return;
    }
    session = null;
    try {
      current.close();
    } catch (SQLException closeFailure) {
      failure.addSuppressed(closeFailure);
    }
  }

  /**
   * Whether the journal holds {@code merchantOrderNo}, asked after an insert failed: the primary
   * key refused it exactly when it is there. Drivers report that violation differently, so the row
   * is looked up rather than the error code interpreted.
   */
  private static boolean holds(
      JournalSession session, MerchantOrderNo merchantOrderNo, SQLException insertFailure) {
    // PostgreSQL refuses every further statement in a transaction that had an error
    session.rollback(insertFailure);
    try {
      return session.statements().find(merchantOrderNo).isDefined();
    } catch (SQLException lookupFailure) {
      insertFailure.addSuppressed(lookupFailure);
      return false;
    }
  }

  private static void createDirectoryOf(JournalLocation.SqliteFile location) {
    Path file = location.file();
    Path directory = file.getParent();
    try {
      if (directory != null) {
        Files.createDirectories(directory);
      }
    } catch (FileAlreadyExistsException inTheWay) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": cannot create its directory, "
              + inTheWay.getFile()
              + " is in the way and is not a directory",
          inTheWay);
    } catch (IOException failure) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": cannot create its directory "
              + directory
              + ": "
              + failure,
          failure);
    }
    if (Files.isDirectory(file)) {
      throw new JournalException(
          "cannot open the order journal at "
              + location.jdbcUrl()
              + ": "
              + file
              + " is a directory, not a journal file");
    }
  }

  /** A piece of work on the session that may fail with a SQL error. */
  @FunctionalInterface
  private interface SessionWork<T> {
    T run(JournalSession session) throws SQLException;
  }
}
