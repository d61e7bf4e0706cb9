package io.ecrhub.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.it.cli.EcrJar;
import io.ecrhub.it.cli.StartedEcr;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * {@code ecr simulate --port 0 --ui} as a process of its own: its two stdout lines read for the
 * terminal's and the screen's addresses, stopped with SIGTERM when done.
 */
final class SimulatorWithScreen implements AutoCloseable {

  private static final String LISTENING = "listening on ";
  private static final String UI = "ui on ";

  private final StartedEcr started;
  private final URI terminal;
  private final URI screen;

  private SimulatorWithScreen(StartedEcr started, URI terminal, URI screen) {
    this.started = started;
    this.terminal = terminal;
    this.screen = screen;
  }

  static SimulatorWithScreen start(EcrJar ecr) {
    StartedEcr started = ecr.start("simulate", "--port", "0", "--ui");
    Awaitility.await("the simulator's two lines")
        .atMost(Duration.ofSeconds(60))
        .until(() -> started.stdout().lines().count() >= 2 || !started.process().isAlive());
    String[] lines = started.stdout().split("\n");
    assertThat(lines)
        .as("simulate printed: %s%nstderr: %s", started.stdout(), started.stderr())
        .hasSize(2);
    assertThat(lines[0]).startsWith(LISTENING);
    assertThat(lines[1]).startsWith(UI);
    return new SimulatorWithScreen(
        started,
        URI.create(lines[0].substring(LISTENING.length())),
        URI.create(lines[1].substring(UI.length())));
  }

  /** {@code ws://127.0.0.1:PORT}. */
  URI terminal() {
    return terminal;
  }

  /** {@code http://127.0.0.1:PORT/}. */
  URI screen() {
    return screen;
  }

  String stderr() {
    return started.stderr();
  }

  @Override
  public void close() throws InterruptedException {
    started.process().destroy();
    if (!started.process().waitFor(30, TimeUnit.SECONDS)) {
      started.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
