package io.ecrhub.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscoveredTerminalTest {

  private static URI addressOf(String host) {
    return new DiscoveredTerminal("PP35272137000072", host, 35779, "ECR Hub", "2.3.1").address();
  }

  @ParameterizedTest
  @CsvSource({
    "192.168.1.20, ws://192.168.1.20:35779",
    "till-7.shop.lan, ws://till-7.shop.lan:35779",
    // JmDNS's getHostAddresses() brackets IPv6 addresses itself
    "'[fe80:0:0:0:0:0:0:1]', 'ws://[fe80:0:0:0:0:0:0:1]:35779'",
    "'[fe80:0:0:0:0:0:0:1%eth0]', 'ws://[fe80:0:0:0:0:0:0:1%eth0]:35779'",
    "'[fe80::1%4]', 'ws://[fe80::1%4]:35779'",
    "::1, 'ws://[::1]:35779'",
    "fe80::1%eth0, 'ws://[fe80::1%eth0]:35779'",
    "fe80::1%eth0.100, 'ws://[fe80::1%eth0.100]:35779'"
  })
  void an_ipv6_host_is_bracketed_once_and_keeps_its_zone(String host, String expected) {
    URI address = addressOf(host);

    assertThat(address).hasToString(expected);
    assertThat(address.getHost()).isNotNull();
    assertThat(address.getPort()).isEqualTo(35779);
  }

  @ParameterizedTest
  @CsvSource({"fe80::1%no-such-if0", "'[fe80::1%no such if]'"})
  void a_zone_that_no_uri_can_carry_and_no_interface_here_has_is_left_out(String host) {
    assertThat(addressOf(host)).hasToString("ws://[fe80::1]:35779");
  }
}
