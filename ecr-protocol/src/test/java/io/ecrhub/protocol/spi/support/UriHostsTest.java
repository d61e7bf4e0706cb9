package io.ecrhub.protocol.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A URI host part for every form a host is given in: names, IPv4, IPv6 bracketed or not, with
 * zones.
 */
class UriHostsTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, http://127.0.0.1:8080/",
    "localhost, http://localhost:8080/",
    "::1, 'http://[::1]:8080/'",
    "'[::1]', 'http://[::1]:8080/'",
    "fe80::1%eth0, 'http://[fe80::1%eth0]:8080/'",
    "'[fe80::1%eth0]', 'http://[fe80::1%eth0]:8080/'",
    "fe80::1%3, 'http://[fe80::1%3]:8080/'",
    // a zone java.net.URI cannot carry, of an interface this machine does not have
    "fe80::1%no-such-if0, 'http://[fe80::1]:8080/'"
  })
  void every_host_gives_a_uri_with_a_bracketed_ipv6_literal(String host, String expected) {
    URI address = URI.create("http://" + UriHosts.of(host) + ":8080/");

    assertThat(address).hasToString(expected);
    assertThat(address.getHost()).isNotNull();
  }
}
