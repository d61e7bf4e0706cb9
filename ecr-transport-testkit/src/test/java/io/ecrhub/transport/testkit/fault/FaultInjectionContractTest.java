package io.ecrhub.transport.testkit.fault;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.testkit.TransportContract;
import io.ecrhub.transport.testkit.TransportFacts;
import org.junit.jupiter.api.AfterEach;

/**
 * The decorators keep every promise of the SPI: both ends of the in-memory transport decorated,
 * with a plan that lets everything through, pass the whole contract kit.
 */
class FaultInjectionContractTest extends TransportContract {

  private final LoopbackNetwork network = new LoopbackNetwork();
  private final FaultInjection faults = FaultInjection.of(FaultPlan.none());

  @Override
  protected ClientTransport newClientTransport() {
    return faults.client(network.newTransport());
  }

  @Override
  protected ServerTransport newServerTransport() {
    return faults.server(network.newTransport());
  }

  @Override
  protected TransportFacts facts() {
    return TransportFacts.of("terminal", true);
  }

  @AfterEach
  void closeNetwork() {
    network.close();
  }
}
