package io.ecrhub.bench;

import io.ecrhub.simulator.TerminalSimulator;
import java.io.IOException;
import java.io.InputStream;

/**
 * The simulator as a process of its own, for the drivers that keep the client side alone in its JVM
 * ({@link SimulatorProcess}). Prints {@value #READY_PREFIX}{@code <address>} on standard output
 * once it accepts connections, and runs until its standard input closes — so it also ends when the
 * driver that started it dies.
 */
public final class SimulatorMain {

  /** The line prefix that announces the address. */
  static final String READY_PREFIX = "simulator listening on ";

  private SimulatorMain() {}

  public static void main(String[] args) throws IOException {
    try (TerminalSimulator simulator = BenchTerminals.start()) {
      System.out.println(READY_PREFIX + simulator.address());
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // wait for the end of input
      }
    }
  }
}
