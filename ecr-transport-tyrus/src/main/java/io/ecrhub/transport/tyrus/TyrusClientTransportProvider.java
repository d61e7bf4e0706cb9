package io.ecrhub.transport.tyrus;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransportProvider;
import java.util.Set;

/**
 * Serves {@code ws://} and {@code wss://} endpoints with a {@link TyrusClientTransport}, and is the
 * default for them when {@code ecr-transport-jdk} is on the class path too.
 *
 * <p>Why Tyrus and not the JDK client: the guarantees are not equal. The JDK's WebSocket client may
 * not send close code 1009 (nor 1002, 1003, 1007, 1010), so when it refuses an oversized frame the
 * terminal sees 1008 instead of 1009; Tyrus sends 1009 as the SPI promises. See {@code
 * BENCHMARKS.md} for the round-trip figures of both.
 */
public final class TyrusClientTransportProvider implements ClientTransportProvider {

  /** Above the JDK transport's 0: see the class comment. */
  public static final int PRIORITY = 10;

  @Override
  public String name() {
    return "tyrus";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("ws", "wss");
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public ClientTransport create() {
    return new TyrusClientTransport();
  }
}
