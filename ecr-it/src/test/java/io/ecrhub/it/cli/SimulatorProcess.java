package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * {@code ecr simulate --port 0} as a process of its own: started, its one stdout line read for the
 * address, stopped (SIGTERM, as a user's Ctrl-C or a service manager would) when done.
 */
public final class SimulatorProcess implements AutoCloseable {

  private static final String LISTENING = "listening on ";

  private final StartedEcr started;
  private final URI address;

  private SimulatorProcess(StartedEcr started, URI address) {
    this.started = started;
    this.address = address;
  }

  /** Starts the simulator with {@code extraArgs} and waits until it accepts connections. */
  public static SimulatorProcess start(EcrJar ecr, String... extraArgs) {
    String[] args = new String[extraArgs.length + 3];
    args[0] = "simulate";
    args[1] = "--port";
    args[2] = "0";
    System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
    StartedEcr started = ecr.start(args);
    Awaitility.await("the simulator's 'listening on' line")
        .atMost(Duration.ofSeconds(60))
        .until(() -> started.stdout().contains("\n") || !started.process().isAlive());
    String line = started.stdout().strip();
    assertThat(line)
        .as("simulate printed: %s%nstderr: %s", started.stdout(), started.stderr())
        .startsWith(LISTENING);
    return new SimulatorProcess(started, URI.create(line.substring(LISTENING.length())));
  }

  public URI address() {
    return address;
  }

  /** Everything the simulator printed on stdout so far. */
  public String stdout() {
    return started.stdout();
  }

  public boolean isAlive() {
    return started.process().isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    started.process().destroy();
    if (!started.process().waitFor(30, TimeUnit.SECONDS)) {
      started.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
