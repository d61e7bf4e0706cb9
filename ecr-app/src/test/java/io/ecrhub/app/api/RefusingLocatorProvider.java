package io.ecrhub.app.api;

import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.protocol.spi.TerminalLocatorProvider;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The tests' stand-in for {@code ecr-discovery}: it cannot make a locator, as the real one cannot
 * on a {@code discoveryInterface} that is no address of this machine — a setting the builder can
 * only find wrong once it has already created the transport.
 */
public final class RefusingLocatorProvider implements TerminalLocatorProvider {

  static final String REFUSAL = "the test locator provider refuses to create a locator";

  @Override
  public String name() {
    return "refusing-test-locator";
  }

  @Override
  public TerminalLocator create(Optional<InetAddress> networkInterface) {
    throw new IllegalArgumentException(REFUSAL);
  }
}
