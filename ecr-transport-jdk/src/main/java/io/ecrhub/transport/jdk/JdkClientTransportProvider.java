package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransportProvider;
import java.util.Set;

/** Serves {@code ws://} and {@code wss://} endpoints with a {@link JdkClientTransport}. */
public final class JdkClientTransportProvider implements ClientTransportProvider {

  @Override
  public String name() {
    return "jdk";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("ws", "wss");
  }

  @Override
  public ClientTransport create() {
    return new JdkClientTransport();
  }
}
