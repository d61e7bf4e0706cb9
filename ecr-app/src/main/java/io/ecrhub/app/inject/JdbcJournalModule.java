package io.ecrhub.app.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import jakarta.inject.Singleton;
import java.util.Objects;

/**
 * Journals orders durably through JDBC at a location of your choice (an SQLite file or a JDBC URL),
 * replacing {@link EcrModule}'s default location ({@code ECR_JOURNAL}, else {@code
 * ~/.ecr/journal.db}).
 */
@SuppressWarnings(
    "exports") // Guice, the JDBC journal and loopback are optional (requires static): whoever uses
// this class has them
public final class JdbcJournalModule extends AbstractModule {

  private final JournalLocation location;

  /**
   * A module that opens one journal at {@code location}, the first time one is injected.
   *
   * @param location the SQLite file or JDBC URL; not null
   */
  public JdbcJournalModule(JournalLocation location) {
    this.location = Objects.requireNonNull(location, "location");
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), OrderJournal.class)
        .setBinding()
        .to(JdbcOrderJournal.class);
  }

  @Provides
  @Singleton
  JdbcOrderJournal journal() {
    return JdbcOrderJournal.open(location);
  }
}
