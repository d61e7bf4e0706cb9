package io.ecrhub.discovery;

import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.protocol.spi.TerminalLocatorProvider;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Makes {@link MdnsTerminalLocator}s for {@code sn:} terminals: putting {@code ecr-discovery} on
 * the class path is all a POS does to name its terminal by serial number.
 */
public final class MdnsTerminalLocatorProvider implements TerminalLocatorProvider {

  @Override
  public String name() {
    return "mdns";
  }

  @Override
  public TerminalLocator create(Optional<InetAddress> networkInterface) {
    return new MdnsTerminalLocator(DiscoveryInterface.choose(networkInterface));
  }
}
