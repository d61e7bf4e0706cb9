package io.ecrhub.app.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientBuilder;
import io.ecrhub.app.api.EcrClientConfig;
import io.ecrhub.app.api.OrderJournals;
import io.ecrhub.app.events.EcrClientListener;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.spi.ClientTransport;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Binds an {@link EcrClient} for one terminal. Install it with one transport module ({@link
 * TyrusTransportModule} or {@link LoopbackTransportModule}). Orders are journalled durably by
 * default, in the SQLite journal at {@link OrderJournals#atDefaultLocation()}; {@link
 * JdbcJournalModule} puts the journal elsewhere, and {@link InMemoryJournalModule} — for tests and
 * demos only — keeps it in memory.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *     new EcrModule(EcrClient.builder().terminal("ws://192.168.1.20:35779").appId("app").config()),
 *     new TyrusTransportModule(),
 *     new JdbcJournalModule(JournalLocation.resolve(Option.none())));
 * try (EcrClient ecr = injector.getInstance(EcrClient.class)) { ... }
 * }</pre>
 *
 * The client is a singleton and owns what the injector made for it: closing it closes the
 * transport, the timer and the journal (when it can be closed). Listeners join with {@code
 * Multibinder.newSetBinder(binder(), EcrClientListener.class).addBinding().toInstance(...)} in any
 * module.
 */
@SuppressWarnings(
    "exports") // Guice, the JDBC journal and loopback are optional (requires static): whoever uses
// this class has them
public final class EcrModule extends AbstractModule {

  private final EcrClientConfig config;

  /**
   * A module for the client {@code config} describes.
   *
   * @param config the client's settings, e.g. from {@link EcrClientBuilder#config()}; not null
   */
  public EcrModule(EcrClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  protected void configure() {
    bind(EcrClientConfig.class).toInstance(config);
    // One journal per injector: the client and whoever else injects it must see the same orders.
    // Durable unless a journal module says otherwise: a crash must never forget a payment.
    OptionalBinder.newOptionalBinder(binder(), OrderJournal.class)
        .setDefault()
        .toProvider(OrderJournals::atDefaultLocation)
        .in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), Clock.class)
        .setDefault()
        .toInstance(Clock.systemUTC());
    Multibinder.newSetBinder(binder(), EcrClientListener.class);
  }

  @Provides
  @Singleton
  ScheduledExecutorService timer() {
    return Timers.newTimer();
  }

  @Provides
  @Singleton
  EcrClient client(
      EcrClientConfig config,
      ClientTransport transport,
      OrderJournal journal,
      ScheduledExecutorService timer,
      Clock clock,
      Set<EcrClientListener> listeners) {
    EcrClientBuilder builder =
        EcrClient.builder()
            .config(config)
            .transport(transport)
            .journal(journal)
            .timer(timer)
            .clock(clock)
            .closeWithClient(transport)
            .closeWithClient(timer::shutdownNow);
    listeners.forEach(builder::listener);
    if (journal instanceof AutoCloseable closeable) {
      builder.closeWithClient(closeable);
    }
    return builder.build();
  }
}
