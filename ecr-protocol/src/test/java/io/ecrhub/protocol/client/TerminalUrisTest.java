package io.ecrhub.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A password in a terminal's address never reaches output, errors, logs or the journal. */
class TerminalUrisTest {

  @Test
  void the_password_of_an_address_is_replaced_and_the_rest_kept() {
    assertThat(TerminalUris.redacted(URI.create("ws://till:s3cret@192.168.1.20:35779/pay?x=1")))
        .isEqualTo("ws://till:***@192.168.1.20:35779/pay?x=1");
    assertThat(TerminalUris.redacted("wss://:s3cret@host")).isEqualTo("wss://:***@host");
  }

  @Test
  void an_address_without_a_password_is_left_as_it_is() {
    assertThat(TerminalUris.redacted("ws://192.168.1.20:35779"))
        .isEqualTo("ws://192.168.1.20:35779");
    assertThat(TerminalUris.redacted("ws://till@192.168.1.20")).isEqualTo("ws://till@192.168.1.20");
    assertThat(TerminalUris.redacted("serial:/dev/ttyUSB0")).isEqualTo("serial:/dev/ttyUSB0");
  }

  @Test
  void every_address_quoted_in_a_message_loses_its_password() {
    assertThat(
            TerminalUris.redacted(
                "no connection to ws://a:one@10.0.0.1:1 within 5000 ms: cannot reach"
                    + " ws://a:one@10.0.0.1:1 (Connection refused)"))
        .isEqualTo(
            "no connection to ws://a:***@10.0.0.1:1 within 5000 ms: cannot reach"
                + " ws://a:***@10.0.0.1:1 (Connection refused)")
        .doesNotContain("one@");
  }
}
