package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.DuplicateOrderException;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalException;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.JournalWindow;
import io.ecrhub.domain.port.JournalWriter;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.domain.port.PairedTerminals;
import io.ecrhub.domain.port.Settlement;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
 * SQLite's lock contention within a process. If that connection breaks (a database server
 * restarts), the call fails and the next call connects again. Times are kept to the millisecond.
 *
 * <p>Many tills and processes may share one journal — a PostgreSQL database, or one SQLite file on
 * one machine. Each handle writes as a {@link JournalWriter}: its till (by default the host name)
 * is written on every entry, and its process holds claims. The primary key on the merchant order
 * number keeps a number from being recorded twice by any of them; claims, marks and migrations are
 * each decided by the database in one conditional statement, so two processes can never both win.
 *
 * <p>A journal file this class creates, and the directories it creates for it, can be read by their
 * owner only (0600 and 0700 where the file system has POSIX permissions): it records what was paid,
 * and when.
 *
 * <p>Every failure is a {@link JournalException} that names the journal by its URL (passwords
 * replaced by {@code ***}).
 */
public final class JdbcOrderJournal implements OrderJournal, AutoCloseable {

  private final String url;
  private final Properties connectionProperties;
  private final JournalSchema schema;
  private final JournalWriter writer;
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();

  /** Null after its connection broke, until the next call opens a new one. Guarded by lock. */
  private JournalSession session;

  /** Guarded by lock. */
  private boolean closed;

  private JdbcOrderJournal(
      String url,
      Properties connectionProperties,
      JournalSchema schema,
      JournalWriter writer,
      JournalSession session) {
    this.url = url;
    this.connectionProperties = connectionProperties;
    this.schema = schema;
    this.writer = writer;
    this.name = JdbcUrls.redacted(url);
    this.session = session;
  }

  /**
   * Opens the journal at {@code location}; for an SQLite file, creates its directory first.
   *
   * @param location where the journal is, usually from {@link JournalLocation#resolve}
   * @throws JournalException when the location cannot hold a journal, naming it and the reason
   * @return the open journal, writing as this machine's host name; close it when done
   */
  public static JdbcOrderJournal open(JournalLocation location) {
    return open(location, Processes.defaultWriter());
  }

  /**
   * Opens the journal at {@code location}, writing as till {@code tillId} (a name the back office
   * knows the till by; the default is the host name).
   *
   * @param location where the journal is
   * @param tillId the till's name, written on every entry; not blank, at most {@value
   *     JournalWriter#MAX_TILL_ID_LENGTH} characters
   * @return the open journal; close it when done
   * @throws JournalException when the location cannot hold a journal
   * @throws IllegalArgumentException when {@code tillId} is blank or too long
   */
  public static JdbcOrderJournal open(JournalLocation location, String tillId) {
    Objects.requireNonNull(tillId, "tillId");
    return open(location, Processes.writer(tillId));
  }

  private static JdbcOrderJournal open(JournalLocation location, JournalWriter writer) {
    Objects.requireNonNull(location, "location");
    if (location instanceof JournalLocation.SqliteFile file) {
      OwnerOnlyFiles.prepare(file);
    }
    return open(location.jdbcUrl(), new Properties(), JournalSchema.current(), writer);
  }

  /**
   * Opens (or creates) the SQLite journal in {@code file}, creating its directory first.
   *
   * @param file the SQLite file; created if absent
   * @return the open journal; close it when done
   * @throws JournalException when the file cannot hold a journal
   */
  public static JdbcOrderJournal openFile(Path file) {
    Objects.requireNonNull(file, "file");
    return open(new JournalLocation.SqliteFile(file, JournalLocation.Source.EXPLICIT));
  }

  /**
   * Opens the journal at a JDBC URL, e.g. {@code jdbc:sqlite:/var/lib/ecr/journal.db}.
   *
   * @param jdbcUrl the database's JDBC URL; its driver must be on the class path
   * @return the open journal; close it when done
   * @throws JournalException when the database cannot be reached, holds a newer schema, or has no
   *     driver on the class path
   */
  public static JdbcOrderJournal open(String jdbcUrl) {
    return open(jdbcUrl, new Properties());
  }

  /**
   * Opens the journal at a JDBC URL with connection properties (e.g. {@code user} and {@code
   * password} for PostgreSQL).
   *
   * @param jdbcUrl the database's JDBC URL
   * @param connectionProperties passed to the driver; copied, so later changes have no effect
   * @throws JournalException when the database cannot be reached, holds a newer schema, or has no
   *     driver on the class path
   * @return the open journal; close it when done
   */
  public static JdbcOrderJournal open(String jdbcUrl, Properties connectionProperties) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(connectionProperties, "connectionProperties");
    return open(jdbcUrl, connectionProperties, Processes.defaultWriter());
  }

  /**
   * Opens the journal at a JDBC URL with connection properties, writing as {@code writer}: for a
   * till that names itself ({@link #writerFor(String)}), or a test that plays several processes.
   *
   * @param jdbcUrl the database's JDBC URL
   * @param connectionProperties passed to the driver; copied, so later changes have no effect
   * @param writer the till and process this handle writes and claims as
   * @return the open journal; close it when done
   * @throws JournalException when the database cannot be reached, holds a newer schema, or has no
   *     driver on the class path
   */
  public static JdbcOrderJournal open(
      String jdbcUrl, Properties connectionProperties, JournalWriter writer) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(connectionProperties, "connectionProperties");
    Objects.requireNonNull(writer, "writer");
    Properties copy = new Properties();
    copy.putAll(connectionProperties);
    return open(jdbcUrl, copy, JournalSchema.current(), writer);
  }

  /** Opens with another list of migrations: for tests of the schema handling. */
  static JdbcOrderJournal open(
      String jdbcUrl, Properties connectionProperties, JournalSchema schema) {
    return open(jdbcUrl, connectionProperties, schema, Processes.defaultWriter());
  }

  private static JdbcOrderJournal open(
      String jdbcUrl, Properties connectionProperties, JournalSchema schema, JournalWriter writer) {
    String name = JdbcUrls.redacted(jdbcUrl);
    JournalSession session = JournalSession.open(jdbcUrl, connectionProperties, schema, name);
    return new JdbcOrderJournal(jdbcUrl, connectionProperties, schema, writer, session);
  }

  /**
   * This process writing as till {@code tillId}.
   *
   * @param tillId the till's name; not blank, at most {@value JournalWriter#MAX_TILL_ID_LENGTH}
   *     characters
   * @return a writer for this process under that till
   * @throws IllegalArgumentException when {@code tillId} is blank or too long
   */
  public static JournalWriter writerFor(String tillId) {
    return Processes.writer(tillId);
  }

  /**
   * The till id a journal writes as when none is given: this machine's host name.
   *
   * @return the host name, cut to {@value JournalWriter#MAX_TILL_ID_LENGTH} characters
   */
  public static String defaultTillId() {
    return Processes.defaultWriter().tillId();
  }

  /**
   * The journal's URL as messages show it: any password replaced by {@code ***}.
   *
   * @return the redacted URL, safe to log
   */
  public String name() {
    return name;
  }

  /**
   * The terminals this POS is paired with, kept in this journal's database (table {@code
   * paired_terminal}, created on first use).
   *
   * @return the pairings store; it opens its own connections per call
   */
  public PairedTerminals pairedTerminals() {
    return new JdbcPairedTerminals(url, connectionProperties, name);
  }

  /**
   * The schema version this code keeps the database at.
   *
   * @return the latest schema version
   */
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

  @Override
  public JournalWriter writer() {
    return writer;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The mark has committed when this returns.
   */
  @Override
  public void markSent(MerchantOrderNo merchantOrderNo, Instant at) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(at, "at");
    boolean marked =
        inTransaction(
            "write",
            session -> session.statements().markSent(merchantOrderNo, at, writer.processId()));
    if (!marked) {
      throw notMarked(merchantOrderNo, find(merchantOrderNo));
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>A claim of a process of this host that no longer runs is taken over at once (see {@link
   * Processes}); a claim of another host's process only once it ended.
   */
  @Override
  public boolean claim(MerchantOrderNo merchantOrderNo, Instant now, Instant until) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(until, "until");
    Claim wanted = new Claim(writer.processId(), until);
    if (inTransaction(
        "write", session -> session.statements().claim(merchantOrderNo, wanted, now))) {
      return true;
    }
    Option<Claim> seen =
        find(merchantOrderNo)
            .filter(entry -> !entry.state().isFinished())
            .flatMap(JournalEntry::claim)
            .filter(claim -> !claim.isHeldBy(writer.processId()));
    return seen.exists(claim -> Processes.isGone(claim.holder()))
        && inTransaction(
            "write", session -> session.statements().takeOver(merchantOrderNo, seen.get(), wanted));
  }

  /** Entries created in {@code window}, of every till, oldest first (ties by number). */
  @Override
  public Seq<JournalEntry> inWindow(JournalWindow window) {
    Objects.requireNonNull(window, "window");
    return inTransaction("read", session -> session.statements().inWindow(window));
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
    inTransaction(
        "write",
        session -> session.statements().settle(merchantOrderNo, settlement, writer.processId()));
  }

  @Override
  public Option<JournalEntry> find(MerchantOrderNo merchantOrderNo) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo");
    return inTransaction("read", session -> session.statements().find(merchantOrderNo));
  }

  /**
   * Pending, sent and unknown entries of every till, oldest first (ties by merchant order number).
   */
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
    return "JdbcOrderJournal[" + name + ", till " + writer.tillId() + "]";
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

  /** Why an order could not be marked sent, from what the journal holds of it. */
  private static JournalException notMarked(
      MerchantOrderNo merchantOrderNo, Option<JournalEntry> entry) {
    String cannot = "cannot mark order " + merchantOrderNo + " sent: ";
    if (entry.isEmpty()) {
      return new JournalException(cannot + "the journal does not hold it");
    }
    JournalEntry held = entry.get();
    if (held.state() != JournalState.PENDING) {
      return new JournalException(
          cannot + "it is " + held.state() + " in the journal, no longer pending");
    }
    return new JournalException(
        cannot
            + held.claim().map(Claim::holder).getOrElse("another process")
            + " has taken it over");
  }

  /** A piece of work on the session that may fail with a SQL error. */
  @FunctionalInterface
  private interface SessionWork<T> {
    T run(JournalSession session) throws SQLException;
  }
}
