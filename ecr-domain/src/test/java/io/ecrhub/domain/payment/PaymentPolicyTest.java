package io.ecrhub.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaymentPolicyTest {

  @Test
  void defaults_wait_as_long_as_the_vendor_for_a_card_and_recover_for_five_minutes() {
    PaymentPolicy defaults = PaymentPolicy.defaults();

    assertThat(defaults.replyTimeout()).isEqualTo(Duration.ofSeconds(180));
    assertThat(defaults.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.recoveryDeadline()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.recoveryBackoff())
        .isEqualTo(new Backoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(5)));
  }

  @Test
  void each_with_method_changes_one_setting_only() {
    PaymentPolicy defaults = PaymentPolicy.defaults();
    Backoff slow = new Backoff(Duration.ofSeconds(1), 3.0, Duration.ofSeconds(30));

    assertThat(defaults.withReplyTimeout(Duration.ofSeconds(60)))
        .isEqualTo(
            new PaymentPolicy(
                Duration.ofSeconds(60),
                defaults.queryTimeout(),
                defaults.recoveryDeadline(),
                defaults.recoveryBackoff()));
    assertThat(defaults.withQueryTimeout(Duration.ofSeconds(3)).queryTimeout())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.withRecoveryDeadline(Duration.ofMinutes(1)).recoveryDeadline())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(defaults.withRecoveryBackoff(slow).recoveryBackoff()).isEqualTo(slow);
    assertThat(defaults.withRecoveryBackoff(slow).replyTimeout())
        .isEqualTo(defaults.replyTimeout());
  }

  @Test
  void timeouts_must_be_positive() {
    PaymentPolicy defaults = PaymentPolicy.defaults();

    assertThatThrownBy(() -> defaults.withReplyTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replyTimeout");
    assertThatThrownBy(() -> defaults.withQueryTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queryTimeout");
    assertThatThrownBy(() -> defaults.withRecoveryDeadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recoveryDeadline");
  }
}
