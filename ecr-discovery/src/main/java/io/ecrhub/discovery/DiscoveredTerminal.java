package io.ecrhub.discovery;

import io.ecrhub.protocol.spi.support.UriHosts;
import java.net.URI;
import java.util.Objects;

/**
 * A terminal that answered on the network.
 *
 * @param serialNumber its serial number, the instance name of its service
 * @param host the address it listens on, as text ({@code 192.168.1.20})
 * @param port its ECR Hub port (35779 on a real terminal)
 * @param appName the {@code app_name} of its TXT record, empty when it gave none
 * @param appVersion the {@code app_version} of its TXT record, empty when it gave none
 */
public record DiscoveredTerminal(
    String serialNumber, String host, int port, String appName, String appVersion) {

  /**
   * Checks that no text component is {@code null}.
   *
   * @param serialNumber its serial number, the instance name of its service
   * @param host the address it listens on, as text ({@code 192.168.1.20})
   * @param port its ECR Hub port (35779 on a real terminal)
   * @param appName the {@code app_name} of its TXT record, empty when it gave none
   * @param appVersion the {@code app_version} of its TXT record, empty when it gave none
   */
  public DiscoveredTerminal {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
  }

  /**
   * Where a POS connects: {@code ws://192.168.1.20:35779}.
   *
   * @return the terminal's WebSocket URI; an IPv6 host is bracketed ({@code
   *     ws://[fe80::1%eth0]:35779})
   */
  public URI address() {
    // JmDNS hands IPv6 hosts over already bracketed; UriHosts brackets once and keeps the zone
    return URI.create("ws://" + UriHosts.of(host) + ":" + port);
  }
}
