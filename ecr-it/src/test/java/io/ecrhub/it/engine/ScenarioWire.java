package io.ecrhub.it.engine;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.FaultPlan;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;

/**
 * The transports of one scenario: a server transport for the terminal, faulted by the scenario's
 * plan, and as many client transports as the scenario has POS clients. {@link #close()} closes the
 * client transports, then the loopback network with its threads.
 */
final class ScenarioWire implements AutoCloseable {

  private final Wire wire;
  private final FaultPlan faults;
  private final LoopbackNetwork network;
  private final Closer clientTransports = new Closer();

  /**
   * @param faults the plan for the terminal's frames; null for none
   */
  ScenarioWire(Wire wire, FaultPlan faults) {
    this.wire = wire;
    this.faults = faults;
    this.network =
        wire == Wire.LOOPBACK
            ? LoopbackNetwork.builder().faults(faults == null ? FaultPlan.none() : faults).build()
            : null;
  }

  /** Where a terminal listens: a name on the loopback network, or the loopback interface. */
  String terminalHost() {
    return wire == Wire.LOOPBACK ? "terminal" : "127.0.0.1";
  }

  /** A transport for a terminal to listen on; whoever binds it closes the binding. */
  ServerTransport newServerTransport() {
    if (wire == Wire.LOOPBACK) {
      return network.newTransport();
    }
    TyrusServerTransport tyrus = new TyrusServerTransport();
    return faults == null ? tyrus : new FaultingServerTransport(tyrus, faults);
  }

  /** A transport for a POS client, closed with this wire. */
  ClientTransport newClientTransport() {
    return clientTransports.register(
        wire == Wire.LOOPBACK ? network.newTransport() : new TyrusClientTransport());
  }

  @Override
  public void close() {
    try {
      clientTransports.close();
    } finally {
      if (network != null) {
        network.close();
      }
    }
  }
}
