package io.ecrhub.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.EcrRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecr simulate --ui} as a process, without a browser: its lines and its failures. */
class SimulateScreenProcessTest {

  @TempDir Path work;

  @Test
  void the_screen_is_on_loopback_by_default_and_a_taken_screen_port_exits_1_saying_why()
      throws Exception {
    EcrJar ecr = EcrJar.in(work);
    try (SimulatorWithScreen first = SimulatorWithScreen.start(ecr)) {
      assertThat(first.screen().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
      assertThat(first.screen().getPort()).isNotEqualTo(first.terminal().getPort());

      EcrRun second =
          ecr.run(
              "simulate",
              "--port",
              "0",
              "--ui",
              "--ui-port",
              String.valueOf(first.screen().getPort()));

      assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
      assertThat(second.stdout()).isEmpty();
      assertThat(second.stderr())
          .contains("cannot serve the ui on 127.0.0.1:" + first.screen().getPort());
    }
  }
}
