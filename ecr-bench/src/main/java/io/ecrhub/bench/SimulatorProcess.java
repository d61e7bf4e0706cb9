package io.ecrhub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link SimulatorMain} in a child JVM on this JVM's class path, so that the heap and the threads a
 * driver measures are the client side's alone. Closing it closes the child's standard input, which
 * ends it; a child that does not end within seconds is killed.
 */
final class SimulatorProcess implements RunningTerminal {

  private final Process process;
  private final URI address;

  private SimulatorProcess(Process process, URI address) {
    this.process = process;
    this.address = address;
  }

  /**
   * Starts the child and waits for its address.
   *
   * @throws IllegalStateException when the child ends or prints something else first
   */
  static SimulatorProcess start() {
    Process process;
    try {
      process =
          new ProcessBuilder(JavaProcesses.command(List.of(), SimulatorMain.class, List.of()))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException cannotStart) {
      throw new UncheckedIOException("cannot start the simulator process", cannotStart);
    }
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (line == null || !line.startsWith(SimulatorMain.READY_PREFIX)) {
        throw new IllegalStateException("the simulator process did not start: " + line);
      }
      return new SimulatorProcess(
          process, URI.create(line.substring(SimulatorMain.READY_PREFIX.length()).strip()));
    } catch (IOException | RuntimeException failed) {
      process.destroyForcibly();
      throw new IllegalStateException("the simulator process did not start: " + failed, failed);
    }
  }

  @Override
  public URI address() {
    return address;
  }

  /** The child's process id, e.g. to profile it. */
  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException ignored) {
      process.destroyForcibly();
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
