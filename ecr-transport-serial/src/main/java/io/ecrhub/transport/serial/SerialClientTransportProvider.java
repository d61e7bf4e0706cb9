package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransportProvider;
import java.util.Set;

/** Serves {@code serial:} endpoints with a {@link SerialClientTransport} on the machine's ports. */
public final class SerialClientTransportProvider implements ClientTransportProvider {

  @Override
  public String name() {
    return "serial";
  }

  @Override
  public Set<String> schemes() {
    return Set.of(SerialAddress.SCHEME);
  }

  @Override
  public ClientTransport create() {
    return new SerialClientTransport();
  }
}
