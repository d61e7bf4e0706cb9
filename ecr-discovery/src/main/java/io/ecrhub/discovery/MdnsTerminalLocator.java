package io.ecrhub.discovery;

import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.support.DaemonThreads;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Locates terminals by serial number with multicast DNS on one network interface. Each search asks
 * the network afresh (see {@link TerminalDiscovery#find}) on a daemon thread of the locator's own,
 * so that a terminal whose address changed is found at its new one.
 */
public final class MdnsTerminalLocator implements TerminalLocator {

  private final InetAddress networkInterface;
  private final ExecutorService searches =
      Executors.newSingleThreadExecutor(DaemonThreads.named("ecr-mdns-locate"));

  /**
   * A locator that searches on the interface with this address.
   *
   * @param networkInterface the address of the interface to search on, e.g. from {@link
   *     DiscoveryInterface#choose}
   */
  public MdnsTerminalLocator(InetAddress networkInterface) {
    this.networkInterface = Objects.requireNonNull(networkInterface, "networkInterface");
  }

  /**
   * The address of the interface searched on.
   *
   * @return the interface address given at construction
   */
  public InetAddress networkInterface() {
    return networkInterface;
  }

  @Override
  public CompletionStage<URI> locate(String serialNumber, Duration timeout) {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(timeout, "timeout");
    try {
      return CompletableFuture.supplyAsync(
          () ->
              TerminalDiscovery.find(networkInterface, serialNumber, timeout)
                  .map(DiscoveredTerminal::address)
                  .orElseThrow(
                      () ->
                          new TransportException(
                              TransportException.Kind.CONNECT_FAILED,
                              "no terminal with serial number "
                                  + serialNumber
                                  + " answered on "
                                  + networkInterface.getHostAddress()
                                  + " within "
                                  + timeout.toMillis()
                                  + " ms")),
          searches);
    } catch (RejectedExecutionException closed) {
      return CompletableFuture.failedFuture(
          new TransportException(
              TransportException.Kind.NOT_OPEN, "the terminal locator is closed", closed));
    }
  }

  @Override
  public void close() {
    searches.shutdownNow();
  }

  @Override
  public String toString() {
    return "MdnsTerminalLocator[" + networkInterface.getHostAddress() + "]";
  }
}
