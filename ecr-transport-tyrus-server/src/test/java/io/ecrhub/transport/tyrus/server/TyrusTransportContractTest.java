package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.testkit.TransportContract;
import io.ecrhub.transport.testkit.TransportFacts;
import io.ecrhub.transport.tyrus.TyrusClientTransport;

/** The Tyrus WebSocket transport against the transport contract, on real sockets of 127.0.0.1. */
class TyrusTransportContractTest extends TransportContract {

  @Override
  protected ClientTransport newClientTransport() {
    return new TyrusClientTransport();
  }

  @Override
  protected ServerTransport newServerTransport() {
    return new TyrusServerTransport();
  }

  @Override
  protected TransportFacts facts() {
    return TransportFacts.webSocketOnLoopback();
  }
}
