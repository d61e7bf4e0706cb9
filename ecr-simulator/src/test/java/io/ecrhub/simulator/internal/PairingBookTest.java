package io.ecrhub.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairingBookTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1:53122, 127.0.0.1",
    "127.0.0.1, 127.0.0.1",
    "'[::1]:53122', ::1",
    "'[::1]', ::1",
    "::1, ::1",
    "'[fe80::1%eth0]:53122', fe80::1%eth0",
    "'[fe80::1%eth0]', fe80::1%eth0",
    "fe80:0:0:0:0:0:0:1, fe80:0:0:0:0:0:0:1",
    "till-7.shop.lan:53122, till-7.shop.lan"
  })
  void the_host_is_the_same_with_or_without_a_port(String remoteAddress, String host) {
    assertThat(PairingBook.hostOf(remoteAddress)).isEqualTo(host);
  }

  @ParameterizedTest
  @CsvSource({"'[::1'", "'[::1]junk'", "'[::1]:'", "'[::1]:x'"})
  void a_malformed_bracketed_address_is_kept_whole(String remoteAddress) {
    assertThat(PairingBook.hostOf(remoteAddress)).isEqualTo(remoteAddress);
  }
}
