package io.ecrhub.it.engine;

import io.ecrhub.transport.loopback.FaultPlan;

/**
 * The transport a scenario runs over. Every scenario of this package runs on both: the in-memory
 * loopback wire, whose fault plan is built in, and Tyrus WebSocket on 127.0.0.1, where the same
 * plan is applied by a {@link FaultingServerTransport} at the terminal's end of a real socket.
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
