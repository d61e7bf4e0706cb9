package io.ecrhub.protocol.spi;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Makes {@link TerminalLocator}s, found through {@link java.util.ServiceLoader}: a module that can
 * locate terminals lists its provider in {@code
 * META-INF/services/io.ecrhub.protocol.spi.TerminalLocatorProvider} (and {@code provides} it in its
 * {@code module-info}), so that a POS can name terminals by serial number by adding it.
 */
public interface TerminalLocatorProvider {

  /**
   * A short name for messages: {@code mdns}.
   *
   * @return the name; also decides which provider {@link #find} picks
   */
  String name();

  /**
   * A new locator; the caller closes it.
   *
   * @param networkInterface the address of the network interface to search on; empty for the
   *     provider's default (the machine's LAN address)
   * @return a new locator
   */
  TerminalLocator create(Optional<InetAddress> networkInterface);

  /**
   * The first provider {@code loader} finds, by name; empty when none is on the class path.
   *
   * @param loader where to look for {@code META-INF/services} entries
   * @return the provider whose name sorts first, or empty
   */
  static Optional<TerminalLocatorProvider> find(ClassLoader loader) {
    java.util.List<TerminalLocatorProvider> found = new java.util.ArrayList<>();
    java.util.ServiceLoader.load(TerminalLocatorProvider.class, loader).forEach(found::add);
    return found.stream().min(java.util.Comparator.comparing(TerminalLocatorProvider::name));
  }
}
