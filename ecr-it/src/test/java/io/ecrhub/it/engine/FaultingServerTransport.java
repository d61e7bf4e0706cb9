package io.ecrhub.it.engine;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.Direction;
import io.ecrhub.transport.loopback.FaultAction;
import io.ecrhub.transport.loopback.FaultPlan;
import io.ecrhub.transport.loopback.Frame;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts a loopback {@link FaultPlan} in front of a real server transport, so that the scenarios
 * scripted for the loopback wire also run over real sockets: what the terminal sends is faulted
 * before it enters the socket (then travels the real wire), what it receives is faulted as it
 * leaves the socket. Connections and frames are numbered as the loopback network numbers them.
 *
 * <p>Server-to-client frames take every action but {@link FaultAction.CorruptSeeded}; a {@link
 * FaultAction.Delay} holds back everything the terminal sends after it, the close included, as
 * bytes on a TCP stream would. Client-to-server frames take every action but delays. {@link
 * FaultAction.Disconnect} closes the connection with {@link CloseCodes#GOING_AWAY}: a socket
 * transport cannot fake a reset.
 */
final class FaultingServerTransport implements ServerTransport {

  private static final URI UNBOUND = URI.create("ws://unbound:1");

  private final ServerTransport wire;
  private final FaultPlan plan;
  private final AtomicInteger connections = new AtomicInteger();

  FaultingServerTransport(ServerTransport wire, FaultPlan plan) {
    this.wire = Objects.requireNonNull(wire, "wire");
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  @Override
  public CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor) {
    Objects.requireNonNull(acceptor, "acceptor");
    // Known once bound; no connection can be accepted before that.
    AtomicReference<URI> address = new AtomicReference<>(UNBOUND);
    return wire.bind(
            options,
            connection -> {
              FaultingConnection faulting =
                  new FaultingConnection(
                      connection, plan, connections.getAndIncrement(), address.get());
              return new FaultingListener(faulting, acceptor.accept(faulting));
            })
        .thenApply(
            binding -> {
              address.set(binding.address());
              return binding;
            });
  }

  /** Hands the terminal what the plan makes of each frame the POS sent. */
  private final class FaultingListener implements ConnectionListener {
    private final FaultingConnection connection;
    private final ConnectionListener terminal;
    private final AtomicLong received = new AtomicLong();

    FaultingListener(FaultingConnection connection, ConnectionListener terminal) {
      this.connection = connection;
      this.terminal = terminal;
    }

    @Override
    public void onOpen(Connection ignored) {
      terminal.onOpen(connection);
    }

    @Override
    public void onText(Connection ignored, String text) {
      Frame frame =
          new Frame(
              connection.number(),
              connection.address(),
              Direction.CLIENT_TO_SERVER,
              received.getAndIncrement(),
              text);
      FaultAction action = plan.onFrame(frame);
      if (action instanceof FaultAction.Deliver) {
        terminal.onText(connection, text);
      } else if (action instanceof FaultAction.Duplicate) {
        terminal.onText(connection, text);
        terminal.onText(connection, text);
      } else if (action instanceof FaultAction.Corrupt corrupt) {
        terminal.onText(connection, corrupt.replacement());
      } else if (action instanceof FaultAction.Inject inject) {
        terminal.onText(connection, inject.extraFrame());
        terminal.onText(connection, text);
      } else if (action instanceof FaultAction.Disconnect) {
        connection.close(CloseCodes.GOING_AWAY, "fault plan: disconnect on " + frame);
      } else if (!(action instanceof FaultAction.Drop)) {
        throw new UnsupportedOperationException(
            action + " is not supported on frames the terminal receives over a socket");
      }
    }

    @Override
    public void onPong(Connection ignored) {
      terminal.onPong(connection);
    }

    @Override
    public void onClose(Connection ignored, int code, String reason) {
      terminal.onClose(connection, code, reason);
    }

    @Override
    public void onError(Connection ignored, Throwable error) {
      terminal.onError(connection, error);
    }
  }
}
