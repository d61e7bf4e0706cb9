package io.ecrhub.simulator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The host part of {@link SimulatorUi#address()}, for every form {@code start} may be given. */
class UriHostTest {

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
    URI address = URI.create("http://" + UriHost.of(host) + ":8080/");

    assertThat(address).hasToString(expected);
    assertThat(address.getHost()).isNotNull();
  }
}
