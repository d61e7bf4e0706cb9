package io.ecrhub.protocol.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.CloseCodes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CloseStatusTest {

  @Test
  void a_short_reason_is_kept_as_it_is() {
    assertThat(CloseStatus.of(CloseCodes.NORMAL, "order settled"))
        .isEqualTo(new CloseStatus(1000, "order settled"));
  }

  @Test
  void a_long_reason_is_cut_at_a_character_boundary_to_what_fits_in_a_close_frame() {
    String reason = "€".repeat(50);

    CloseStatus status = CloseStatus.of(CloseCodes.GOING_AWAY, reason);

    assertThat(status.reason().getBytes(StandardCharsets.UTF_8)).hasSize(123);
    assertThat(status.reason()).isEqualTo("€".repeat(41));
  }

  @Test
  void a_surrogate_pair_is_never_split() {
    CloseStatus status = CloseStatus.of(CloseCodes.NORMAL, "a".repeat(121) + "😀");

    assertThat(status.reason()).isEqualTo("a".repeat(121));
  }

  @Test
  void a_missing_reason_becomes_empty() {
    assertThat(CloseStatus.of(CloseCodes.NORMAL, null).reason()).isEmpty();
  }

  @Test
  void a_code_outside_the_close_code_range_is_refused_naming_it() {
    assertThatThrownBy(() -> CloseStatus.of(999, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code")
        .hasMessageContaining("999");
    assertThatThrownBy(() -> CloseStatus.of(5000, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5000");
  }

  @Test
  void the_codes_reserved_for_reporting_and_for_the_protocol_are_refused_naming_the_code() {
    for (int reserved : new int[] {1004, 1005, CloseCodes.ABNORMAL, 1015, 1016, 2999}) {
      assertThatThrownBy(() -> CloseStatus.of(reserved, "x"))
          .as("close code %d", reserved)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(reserved))
          .hasMessageContaining("may not be sent");
    }
  }

  @Test
  void every_registered_and_application_code_may_be_sent() {
    for (int code = 1000; code <= 4999; code++) {
      boolean registered = code <= 1003 || (code >= 1007 && code <= 1014) || code >= 3000;
      assertThat(CloseStatus.sendable(code)).as("close code %d", code).isEqualTo(registered);
    }
    assertThat(CloseStatus.of(CloseCodes.KEEP_ALIVE_TIMEOUT, "x").code()).isEqualTo(4000);
    assertThat(CloseStatus.sendable(999)).isFalse();
    assertThat(CloseStatus.sendable(5000)).isFalse();
  }

  @Test
  void too_big_is_1009() {
    assertThat(CloseStatus.tooBig("frame of 9 chars exceeds the limit of 8").code())
        .isEqualTo(CloseCodes.TOO_BIG);
  }
}
