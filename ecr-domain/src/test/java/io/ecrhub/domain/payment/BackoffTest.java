package io.ecrhub.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(5));

  @Test
  void the_first_retry_waits_the_initial_delay() {
    assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.delay(-3)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void each_retry_waits_multiplier_times_longer_until_the_cap() {
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void a_very_late_retry_stays_at_the_cap_without_overflowing() {
    assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void a_multiplier_of_one_is_a_constant_pause() {
    Backoff constant = new Backoff(Duration.ofSeconds(2), 1.0, Duration.ofSeconds(2));

    assertThat(constant.delay(0)).isEqualTo(constant.delay(10));
  }

  @Test
  void impossible_settings_are_refused() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), 2.0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiplier");
  }
}
