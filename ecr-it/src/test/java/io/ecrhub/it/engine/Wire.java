package io.ecrhub.it.engine;

import io.ecrhub.transport.testkit.fault.FaultPlan;

/**
 * The transport a scenario runs over. Every scenario of this package runs on both: the in-memory
 * loopback wire and Tyrus WebSocket on 127.0.0.1; the scenario's fault plan is applied the same way
 * on both, by the testkit's fault injection at the terminal's end.
 */
enum Wire {
  LOOPBACK,
  TYRUS;

  /** The transports of one scenario on this wire, the terminal's faulted by {@code faults}. */
  ScenarioWire open(FaultPlan faults) {
    return new ScenarioWire(this, faults);
  }

  /** The transports of one scenario on this wire, without faults. */
  ScenarioWire open() {
    return new ScenarioWire(this, null);
  }
}
