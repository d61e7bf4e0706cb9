package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import org.junit.jupiter.api.AfterEach;

/** The loopback transport against the transport contract; one network per test. */
class LoopbackTransportContractTest extends TransportContract {

  private final LoopbackNetwork network = new LoopbackNetwork();

  @Override
  protected ClientTransport newClientTransport() {
    return network.newTransport();
  }

  @Override
  protected ServerTransport newServerTransport() {
    return network.newTransport();
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
