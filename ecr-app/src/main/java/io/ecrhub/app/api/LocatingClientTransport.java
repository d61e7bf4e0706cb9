package io.ecrhub.app.api;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TerminalLocator;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a terminal named by its serial number ({@code sn:…}) over a socket transport: at the
 * address last found, and when that fails — the terminal rebooted, DHCP moved it, the simulator
 * restarted on another port — at the address the locator finds now. The link's own reconnection
 * drives it, so a POS finds a moved terminal again without a restart.
 */
final class LocatingClientTransport implements ClientTransport {

  private static final Logger LOG = LoggerFactory.getLogger(LocatingClientTransport.class);

  private final ClientTransport socket;
  private final TerminalLocator locator;
  private final AtomicReference<URI> lastFound = new AtomicReference<>();

  LocatingClientTransport(ClientTransport socket, TerminalLocator locator) {
    this.socket = Objects.requireNonNull(socket, "socket");
    this.locator = Objects.requireNonNull(locator, "locator");
  }

  /** Where the terminal was last found; empty before the first search. */
  Optional<URI> lastFound() {
    return Optional.ofNullable(lastFound.get());
  }

  @Override
  public boolean supports(URI endpoint) {
    return TerminalLocator.namesSerialNumber(endpoint);
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    String serialNumber = TerminalLocator.serialNumberOf(endpoint);
    URI known = lastFound.get();
    if (known == null) {
      return locateAndConnect(serialNumber, options, listener, null);
    }
    return socket
        .connect(known, options, listener)
        .handle(
            (connection, failure) -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(connection);
              }
              LOG.info(
                  "terminal {} no longer answers at {} ({}); looking for it again",
                  serialNumber,
                  known,
                  unwrap(failure).getMessage());
              return locateAndConnect(serialNumber, options, listener, unwrap(failure));
            })
        .thenCompose(stage -> stage);
  }

  /**
   * Locates the terminal and connects to where it is now. When it is still where {@code earlier}
   * failed, that failure stands.
   */
  private CompletionStage<Connection> locateAndConnect(
      String serialNumber, ConnectOptions options, ConnectionListener listener, Throwable earlier) {
    URI before = lastFound.get();
    return locator
        .locate(serialNumber, options.connectTimeout())
        .thenCompose(
            address -> {
              lastFound.set(address);
              if (earlier != null && address.equals(before)) {
                return CompletableFuture.failedFuture(earlier);
              }
              LOG.info("terminal {} found at {}", serialNumber, address);
              return socket.connect(address, options, listener);
            });
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  /** Closes nothing: the socket transport and the locator stay their owners' to close. */
  @Override
  public void close() {
    // the builder closes what it made; parts handed in stay the caller's
  }
}
