/**
 * Terminals found by serial number over multicast DNS (JmDNS), as the vendor's SDKs find them:
 * {@code TerminalDiscovery} browses, {@code MdnsTerminalLocator} resolves {@code sn:} terminals for
 * the client, {@code TerminalAdvertisement} announces a (simulated) terminal.
 */
module io.ecrhub.discovery {
  requires transitive io.ecrhub.protocol;
  requires javax.jmdns;
  requires org.slf4j;

  exports io.ecrhub.discovery;

  provides io.ecrhub.protocol.spi.TerminalLocatorProvider with
      io.ecrhub.discovery.MdnsTerminalLocatorProvider;
}
