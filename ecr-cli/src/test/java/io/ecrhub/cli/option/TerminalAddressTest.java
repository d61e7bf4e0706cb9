package io.ecrhub.cli.option;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.validation.ViolationCollector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalAddressTest {

  @ParameterizedTest
  @CsvSource({
    "192.168.1.20, ws://192.168.1.20:35779",
    "192.168.1.20:4000, ws://192.168.1.20:4000",
    "till-7.shop.lan, ws://till-7.shop.lan:35779",
    "ws://192.168.1.20:35779, ws://192.168.1.20:35779",
    "wss://terminal.example:443, wss://terminal.example:443",
    "serial:/dev/ttyUSB0, serial:/dev/ttyUSB0",
    "serial:COM6, serial:COM6",
    "serial:auto, serial:auto",
    "serial:auto?keyword=Gadget, serial:auto?keyword=Gadget",
    // what ecr discover prints for an IPv6 terminal, with and without a zone
    "'ws://[fe80:0:0:0:0:0:0:1]:35779', 'ws://[fe80:0:0:0:0:0:0:1]:35779'",
    "'ws://[fe80::1%eth0]:35779', 'ws://[fe80::1%eth0]:35779'",
    "'[fe80::1%eth0]', 'ws://[fe80::1%eth0]:35779'",
    "'[::1]:4000', 'ws://[::1]:4000'"
  })
  void a_bare_host_gets_the_websocket_scheme_and_the_terminal_port(String raw, String uri) {
    assertThat(TerminalAddress.normalize(raw)).isEqualTo(uri);
    ViolationCollector violations = new ViolationCollector();
    TerminalAddress.check(raw, violations);
    assertThat(violations.violations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://192.168.1.20",
        "ws://",
        "ws://host with spaces",
        " ",
        "serial:auto?baud=9600",
        "serial:/dev/ttyUSB0?keyword=x",
        "ws//192.168.1.20",
        "ws:/192.168.1.20",
        "192.168.1.20/pay",
        "192.168.1.20:99999",
        "ws://192.168.1.20:65536",
        "ws://192.168.1.20:0"
      })
  void anything_but_a_websocket_address_is_refused_under_the_option_name(String raw) {
    ViolationCollector violations = new ViolationCollector();
    TerminalAddress.check(raw, violations);
    assertThat(violations.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("--terminal");
              assertThat(v.message()).isNotBlank();
            });
  }

  @ParameterizedTest
  @CsvSource({
    "ws//192.168.1.20, did you mean ws://192.168.1.20?",
    "wss:/terminal.example:443, did you mean wss://terminal.example:443?",
    "192.168.1.20:99999, has port 99999, but a port is 1 to 65535"
  })
  void a_malformed_address_is_explained(String raw, String explanation) {
    ViolationCollector violations = new ViolationCollector();
    TerminalAddress.check(raw, violations);
    assertThat(violations.violations().head().message()).contains(explanation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ws://till:s3cret@192.168.1.20:99999", "ws//till:s3cret@192.168.1.20"})
  void a_refused_address_is_quoted_without_its_password(String raw) {
    ViolationCollector violations = new ViolationCollector();
    TerminalAddress.check(raw, violations);
    assertThat(violations.violations().head().message())
        .doesNotContain("s3cret")
        .contains("till:***@");
  }
}
