package io.ecrhub.app.inject;

import com.google.inject.AbstractModule;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.transport.tyrus.TyrusClientConfig;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.util.Objects;

/**
 * Speaks to the terminal over WebSocket ({@code ws://}, {@code wss://}) with Tyrus. Binds the
 * client side only: a POS needs no server, and its class path no Grizzly.
 */
@SuppressWarnings(
    "exports") // Guice, the JDBC journal and loopback are optional (requires static): whoever uses
// this class has them
public final class TyrusTransportModule extends AbstractModule {

  private final TyrusClientConfig clientConfig;

  /** A module with Tyrus's default client settings. */
  public TyrusTransportModule() {
    this(TyrusClientConfig.defaults());
  }

  /**
   * A module whose transports use {@code clientConfig}.
   *
   * @param clientConfig the Tyrus client settings; not null
   */
  public TyrusTransportModule(TyrusClientConfig clientConfig) {
    this.clientConfig = Objects.requireNonNull(clientConfig, "clientConfig");
  }

  @Override
  protected void configure() {
    bind(ClientTransport.class).toProvider(() -> new TyrusClientTransport(clientConfig));
  }
}
