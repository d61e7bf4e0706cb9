package io.ecrhub.app.inject;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.ecrhub.app.api.OrderJournals;
import io.ecrhub.domain.port.OrderJournal;
import jakarta.inject.Singleton;

/**
 * Journals orders in memory, replacing {@link EcrModule}'s durable default: for tests and demos
 * only, as a crash then forgets the payment in flight. Logs a WARN once per process ({@link
 * OrderJournals#inMemory()}).
 */
@SuppressWarnings(
    "exports") // Guice, the JDBC journal and loopback are optional (requires static): whoever uses
// this class has them
public final class InMemoryJournalModule extends AbstractModule {

  /** The module; it has nothing to configure. */
  public InMemoryJournalModule() {}

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), OrderJournal.class)
        .setBinding()
        .toProvider(OrderJournals::inMemory)
        .in(Singleton.class);
  }
}
