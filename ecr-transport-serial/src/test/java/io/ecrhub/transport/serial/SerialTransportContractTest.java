package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.serial.testing.PtyExchange;
import io.ecrhub.transport.testkit.TransportContract;
import io.ecrhub.transport.testkit.TransportFacts;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/**
 * The USB/serial transport against the transport contract, over real pseudo-terminals: every
 * connection the kit opens gets its own socat pty pair from the exchange, opened through
 * jSerialComm on both ends.
 */
class SerialTransportContractTest extends TransportContract {

  private final PtyExchange exchange = new PtyExchange();

  @Override
  protected ClientTransport newClientTransport() {
    return new SerialClientTransport(exchange, SerialOptions.defaults());
  }

  @Override
  protected ServerTransport newServerTransport() {
    return new SerialServerTransport(exchange, SerialOptions.defaults());
  }

  /** A cable has no ping: its heartbeats keep it alive. */
  @Override
  protected TransportFacts facts() {
    return TransportFacts.of("terminal", false);
  }

  @Override
  protected Duration patience() {
    return Duration.ofSeconds(30);
  }

  @AfterEach
  void unplugEveryCable() {
    exchange.close();
  }
}
