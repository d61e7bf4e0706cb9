package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

  @Test
  void defaults_are_the_documented_ones() {
    SimulatorOptions defaults = SimulatorOptions.defaults();

    assertThat(defaults.host()).isEqualTo("127.0.0.1");
    assertThat(defaults.port()).isEqualTo(35779);
    assertThat(defaults.appId()).isEmpty();
    assertThat(defaults.approveDelay()).isEqualTo(Duration.ofMillis(300));
    assertThat(defaults.echoRequestId()).isTrue();
    assertThat(defaults.maxFrameChars()).isEqualTo(64 * 1024);
    assertThat(defaults.triggerTimings())
        .isEqualTo(
            new TriggerTimings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(3),
                Duration.ofSeconds(1),
                Duration.ofSeconds(4)));
  }

  @Test
  void withers_change_one_thing() {
    SimulatorOptions options =
        SimulatorOptions.defaults()
            .withHost("0.0.0.0")
            .withPort(0)
            .withAppId("app")
            .withEchoRequestId(false)
            .withZone(ZoneId.of("Asia/Shanghai"));

    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.port()).isZero();
    assertThat(options.appId().get()).isEqualTo("app");
    assertThat(options.echoRequestId()).isFalse();
    assertThat(options.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(options.approveDelay()).isEqualTo(SimulatorOptions.DEFAULT_APPROVE_DELAY);
    assertThat(options.withAppId(null).appId()).isEmpty();
  }

  @Test
  void bad_values_are_refused_naming_the_option() {
    SimulatorOptions defaults = SimulatorOptions.defaults();

    assertThatThrownBy(() -> defaults.withPort(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port")
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> defaults.withHost(" ")).hasMessageContaining("host");
    assertThatThrownBy(() -> defaults.withAppId("")).hasMessageContaining("appId");
    assertThatThrownBy(() -> defaults.withApproveDelay(Duration.ofMillis(-1)))
        .hasMessageContaining("approveDelay");
    assertThatThrownBy(() -> defaults.withMaxFrameChars(0)).hasMessageContaining("maxFrameChars");
    assertThatThrownBy(() -> TriggerTimings.all(Duration.ofSeconds(-1)))
        .hasMessageContaining("noReplyCompletion");
  }
}
