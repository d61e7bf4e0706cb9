package io.ecrhub.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientConfig;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The builder refuses a malformed terminal address with a typed error naming the setting, and never
 * repeats a password the address carried — in its errors, its configuration's text or the client's
 * own account of its terminal.
 */
class BuilderInputTest {

  @Test
  void a_port_out_of_range_is_refused_naming_the_terminal_setting() {
    for (String address : new String[] {"ws://127.0.0.1:99999", "ws://127.0.0.1:0"}) {
      assertThatThrownBy(() -> EcrClient.builder().terminal(address).appId("till").config())
          .as(address)
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              failure ->
                  assertThat(((InvalidInputException) failure).violations())
                      .singleElement()
                      .satisfies(
                          violation -> {
                            assertThat(violation.field()).isEqualTo("terminal");
                            assertThat(violation.message()).contains("a port is 1 to 65535");
                          }));
    }
  }

  @Test
  void an_address_without_a_scheme_is_refused_naming_the_terminal_setting() {
    assertThatThrownBy(() -> EcrClient.builder().terminal("ws//127.0.0.1").appId("till").config())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("terminal")
        .hasMessageContaining("absolute URI");
  }

  @Test
  void a_password_in_the_address_shows_nowhere() {
    assertThatThrownBy(
            () ->
                EcrClient.builder()
                    .terminal("ws://till:s3cret@127.0.0.1:99999")
                    .appId("till")
                    .config())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("s3cret");

    EcrClientConfig config =
        EcrClient.builder().terminal("ws://till:s3cret@127.0.0.1:35779").appId("till").config();
    assertThat(config.toString())
        .contains("ws://till:***@127.0.0.1:35779")
        .doesNotContain("s3cret");
    assertThat(config.terminal().getUserInfo())
        .as("kept whole to connect")
        .isEqualTo("till:s3cret");
    try (EcrClient client =
        EcrClient.builder().config(config).journal(new InMemoryOrderJournal()).build()) {
      assertThat(client.terminal()).isEqualTo("ws://till:***@127.0.0.1:35779");
    }
  }
}
