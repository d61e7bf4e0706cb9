package io.ecrhub.app.internal;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.EcrClientConfig;
import io.ecrhub.domain.payment.PaymentService;
import io.ecrhub.domain.port.OrderJournal;
import io.ecrhub.protocol.client.ClientSession;
import io.ecrhub.protocol.client.ExecutorScheduler;
import io.ecrhub.protocol.client.LinkOptions;
import io.ecrhub.protocol.client.SessionOptions;
import io.ecrhub.protocol.client.SessionTerminalGateway;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.ClientTransport;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one place that wires a client: session over transport, gateway over session, payment service
 * over gateway, journal and timer. Both the builder and the Guice module assemble through here, so
 * the two ways of building a client cannot drift apart.
 */
public final class ClientAssembly {

  private ClientAssembly() {}

  /**
   * Wires a client.
   *
   * @param owned the parts the client releases when it is closed (in this order), e.g. a transport
   *     or a timer it was given to own
   */
  public static EcrClient assemble(
      EcrClientConfig config,
      ClientTransport transport,
      OrderJournal journal,
      ScheduledExecutorService timer,
      Clock clock,
      List<AutoCloseable> owned) {
    ClientSession session =
        new ClientSession(
            config.terminal(),
            transport,
            ProtocolCodec.standard(),
            new SessionOptions(config.appId(), config.connectTimeout()),
            new LinkOptions(config.connectOptions(), config.reconnect(), config.keepAlive()),
            timer,
            clock);
    PaymentService payments =
        new PaymentService(
            new SessionTerminalGateway(session, config.currencyScale()),
            journal,
            new ExecutorScheduler(timer, clock),
            config.payment());
    return new DefaultEcrClient(config, session, payments, owned);
  }
}
