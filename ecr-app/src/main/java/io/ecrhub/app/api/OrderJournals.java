package io.ecrhub.app.api;

import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order journals a client can be given. The default is durable: {@link #atDefaultLocation()},
 * an SQLite file that survives a crash, so that a payment in flight is settled on the next start
 * instead of forgotten. A journal in memory forgets every order when the process ends; it has to be
 * asked for by name ({@link #inMemory()}, {@link EcrClientBuilder#inMemoryJournal()}) and says so
 * in the log.
 */
public final class OrderJournals {

  private static final Logger LOG = LoggerFactory.getLogger(OrderJournals.class);

  /** The warning is for the person who set the process up: once is enough. */
  private static final AtomicBoolean IN_MEMORY_WARNED = new AtomicBoolean();

  private OrderJournals() {}

  /**
   * The durable journal where this process is configured to keep it: the environment variable
   * {@value JournalLocation#ENVIRONMENT_VARIABLE} (a file path or a JDBC URL), else {@code
   * ~/.ecr/journal.db}, created owner-only with its folder if need be. The caller closes it.
   *
   * @return the open journal; the caller must close it
   * @throws io.ecrhub.domain.port.JournalException when the location cannot hold a journal
   */
  public static JdbcOrderJournal atDefaultLocation() {
    return JdbcOrderJournal.open(JournalLocation.resolve(Option.none()));
  }

  /**
   * A journal in memory, for tests and demos: after a crash nothing tells which payment was in
   * flight. The first one a process makes logs a WARN that says so.
   *
   * @return a new, empty journal; each call returns another one
   */
  public static OrderJournal inMemory() {
    if (IN_MEMORY_WARNED.compareAndSet(false, true)) {
      LOG.warn(
          "orders are journalled in memory only: a payment in flight when this process stops is"
              + " forgotten, and nothing can settle it after a crash. Leave the journal at its"
              + " default (a SQLite file) or give a JdbcOrderJournal in production.");
    }
    return new InMemoryOrderJournal();
  }
}
