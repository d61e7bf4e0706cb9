package io.ecrhub.app.inject;

import com.google.inject.AbstractModule;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.util.Objects;

/**
 * Speaks to a terminal in the same process over an in-memory {@link LoopbackNetwork}: for tests and
 * demos that need no socket, and for fault injection.
 */
@SuppressWarnings(
    "exports") // Guice, the JDBC journal and loopback are optional (requires static): whoever uses
// this class has them
public final class LoopbackTransportModule extends AbstractModule {

  private final LoopbackNetwork network;

  /**
   * A module whose client and server transports join {@code network}.
   *
   * @param network the in-memory network shared with the simulated terminal; not null
   */
  public LoopbackTransportModule(LoopbackNetwork network) {
    this.network = Objects.requireNonNull(network, "network");
  }

  @Override
  protected void configure() {
    bind(ClientTransport.class).toProvider(network::newTransport);
    bind(ServerTransport.class).toProvider(network::newTransport);
  }
}
