package io.ecrhub.bench;

import io.ecrhub.simulator.TerminalSimulator;
import java.net.URI;

/** A simulated terminal a driver talks to, in this JVM or in a process of its own. */
interface RunningTerminal extends AutoCloseable {

  /** Where clients connect: {@code ws://127.0.0.1:<port>}. */
  URI address();

  @Override
  void close();

  /** A simulator in this JVM: cheaper to start, but it shares the heap and threads measured. */
  static RunningTerminal inThisJvm() {
    TerminalSimulator simulator = BenchTerminals.start();
    return new RunningTerminal() {
      @Override
      public URI address() {
        return simulator.address();
      }

      @Override
      public void close() {
        simulator.close();
      }
    };
  }

  /** A simulator in a child JVM ({@link SimulatorProcess}). */
  static RunningTerminal inOwnProcess() {
    return SimulatorProcess.start();
  }
}
