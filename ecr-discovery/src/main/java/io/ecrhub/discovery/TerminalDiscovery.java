package io.ecrhub.discovery;

import io.ecrhub.protocol.spi.support.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;

/**
 * Browses one network interface for terminals over multicast DNS, as the vendor's SDKs do: every
 * {@value TerminalService#TYPE} service that answers within the time given.
 */
public final class TerminalDiscovery {

  private TerminalDiscovery() {}

  /**
   * The terminals that answered on {@code networkInterface} within {@code timeout}, by serial
   * number. Blocks for up to {@code timeout}.
   *
   * @param networkInterface the address of the interface to browse on
   * @param timeout how long to listen; at least 1 ms is used
   * @throws UncheckedIOException when multicast DNS cannot start on that interface
   * @return the terminals found, sorted by serial number; empty when none answered
   */
  public static List<DiscoveredTerminal> browse(InetAddress networkInterface, Duration timeout) {
    Objects.requireNonNull(networkInterface, "networkInterface");
    Objects.requireNonNull(timeout, "timeout");
    JmDNS jmdns = open(networkInterface);
    try {
      return Arrays.stream(jmdns.list(TerminalService.TYPE, Math.max(1, timeout.toMillis())))
          .map(TerminalDiscovery::terminal)
          .flatMap(Optional::stream)
          .sorted(Comparator.comparing(DiscoveredTerminal::serialNumber))
          .toList();
    } finally {
      stopLater(jmdns);
    }
  }

  /**
   * The terminal of one serial number, asked for on {@code networkInterface}; empty when it does
   * not answer within {@code timeout}. Blocks until it answers, for up to {@code timeout}. Each
   * call starts afresh, with nothing cached from an earlier one: the answer is where the terminal
   * is now. Multicast DNS is stopped after the answer, on a thread of its own (stopping takes
   * seconds).
   *
   * @param networkInterface the address of the interface to ask on
   * @param serialNumber the terminal's serial number, compared ignoring case
   * @param timeout how long to wait for the answer
   * @return the terminal, or empty when it did not answer in time or the calling thread was
   *     interrupted (its interrupt flag is kept)
   * @throws UncheckedIOException when multicast DNS cannot start on that interface
   */
  public static Optional<DiscoveredTerminal> find(
      InetAddress networkInterface, String serialNumber, Duration timeout) {
    Objects.requireNonNull(networkInterface, "networkInterface");
    Objects.requireNonNull(serialNumber, "serialNumber");
    JmDNS jmdns = open(networkInterface);
    CompletableFuture<DiscoveredTerminal> found = new CompletableFuture<>();
    ServiceListener listener =
        new ServiceListener() {
          @Override
          public void serviceAdded(ServiceEvent event) {
            if (event.getName().equalsIgnoreCase(serialNumber)) {
              // asks for its address and port; serviceResolved follows
              event.getDNS().requestServiceInfo(event.getType(), event.getName(), true);
            }
          }

          @Override
          public void serviceRemoved(ServiceEvent event) {}

          @Override
          public void serviceResolved(ServiceEvent event) {
            if (event.getName().equalsIgnoreCase(serialNumber)) {
              terminal(event.getInfo()).ifPresent(found::complete);
            }
          }
        };
    try {
      // the listener also hears the terminal announce itself, should it start meanwhile
      jmdns.addServiceListener(TerminalService.TYPE, listener);
      return Optional.of(found.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
    } catch (TimeoutException notThere) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException impossible) {
      throw new IllegalStateException(impossible.getCause());
    } finally {
      jmdns.removeServiceListener(TerminalService.TYPE, listener);
      stopLater(jmdns);
    }
  }

  /** Stops multicast DNS without making the caller wait for its goodbye. */
  static void stopLater(JmDNS jmdns) {
    DaemonThreads.named("ecr-mdns-stop")
        .newThread(() -> TerminalAdvertisement.closeQuietly(jmdns))
        .start();
  }

  static JmDNS open(InetAddress networkInterface) {
    try {
      // a name of its own, so that JmDNS does not ask DNS for this machine's name
      return JmDNS.create(
          networkInterface,
          "ecr-pos-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
    } catch (IOException cannotStart) {
      throw new UncheckedIOException(
          "multicast DNS cannot start on " + networkInterface.getHostAddress(), cannotStart);
    }
  }

  /** The terminal a resolved service describes; empty while it has no address or port yet. */
  static Optional<DiscoveredTerminal> terminal(ServiceInfo info) {
    String[] hosts = info.getHostAddresses();
    if (hosts.length == 0 || info.getPort() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new DiscoveredTerminal(
            info.getName(),
            hosts[0],
            info.getPort(),
            Objects.requireNonNullElse(info.getPropertyString(TerminalService.APP_NAME), ""),
            Objects.requireNonNullElse(info.getPropertyString(TerminalService.APP_VERSION), "")));
  }
}
