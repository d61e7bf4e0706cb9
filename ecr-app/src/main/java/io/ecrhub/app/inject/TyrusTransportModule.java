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
public final class TyrusTransportModule extends AbstractModule {

  private final TyrusClientConfig clientConfig;

  public TyrusTransportModule() {
    this(TyrusClientConfig.defaults());
  }

  public TyrusTransportModule(TyrusClientConfig clientConfig) {
    this.clientConfig = Objects.requireNonNull(clientConfig, "clientConfig");
  }

  @Override
  protected void configure() {
    bind(ClientTransport.class).toProvider(() -> new TyrusClientTransport(clientConfig));
  }
}
