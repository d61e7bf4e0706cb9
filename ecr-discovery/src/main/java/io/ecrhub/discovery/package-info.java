/**
 * Terminals found by serial number over multicast DNS, as the vendor's SDKs find them: {@link
 * io.ecrhub.discovery.TerminalDiscovery} browses one network interface, {@link
 * io.ecrhub.discovery.MdnsTerminalLocator} resolves {@code sn:} terminal addresses for the client
 * (installed as a service by {@link io.ecrhub.discovery.MdnsTerminalLocatorProvider}), and {@link
 * io.ecrhub.discovery.TerminalAdvertisement} announces a terminal, such as the simulator. Multicast
 * goes out of one interface only, chosen by {@link io.ecrhub.discovery.DiscoveryInterface}.
 */
package io.ecrhub.discovery;
