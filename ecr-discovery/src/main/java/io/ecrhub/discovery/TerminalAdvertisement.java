package io.ecrhub.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A terminal announcing itself over multicast DNS, as a WiseCashier terminal does: service {@value
 * TerminalService#TYPE}, instance name = its serial number, TXT {@code app_name}, {@code
 * app_version} (and {@code device_sn}). Multicast goes out of the one interface whose address is
 * given. Closing it says goodbye, so that browsers forget the terminal at once.
 *
 * <pre>{@code
 * try (TerminalAdvertisement advertised =
 *     TerminalAdvertisement.start(InetAddress.getLoopbackAddress(), "PP35272137000072", 35779,
 *         "ecr-hub simulator", "1.0")) {
 *   ... serve ...
 * }
 * }</pre>
 */
public final class TerminalAdvertisement implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TerminalAdvertisement.class);

  /** How long {@link #start} waits to hear the terminal announced. */
  static final Duration ANNOUNCEMENT_WAIT = Duration.ofSeconds(10);

  private final JmDNS jmdns;
  private final ServiceInfo service;

  private TerminalAdvertisement(JmDNS jmdns, ServiceInfo service) {
    this.jmdns = jmdns;
    this.service = service;
  }

  /**
   * Announces the terminal and returns once the announcement is heard on the interface (or after 10
   * s, with a warning): a terminal still probing for its name answers nobody, so a browser started
   * at once would miss it.
   *
   * @param networkInterface the address of the interface to announce on; the terminal's address in
   *     the announcement is this one
   * @param serialNumber the instance name to announce; also sent as {@code device_sn}
   * @param port the port the terminal serves on
   * @param appName sent as {@code app_name}
   * @param appVersion sent as {@code app_version}
   * @throws UncheckedIOException when multicast DNS cannot start on that interface
   * @return the running advertisement; close it to withdraw the terminal
   */
  public static TerminalAdvertisement start(
      InetAddress networkInterface,
      String serialNumber,
      int port,
      String appName,
      String appVersion) {
    Objects.requireNonNull(networkInterface, "networkInterface");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
    JmDNS jmdns;
    try {
      jmdns = JmDNS.create(networkInterface, "ecr-terminal-" + serialNumber);
    } catch (IOException cannotStart) {
      throw new UncheckedIOException(
          "multicast DNS cannot start on " + networkInterface.getHostAddress(), cannotStart);
    }
    ServiceInfo service =
        ServiceInfo.create(
            TerminalService.TYPE,
            serialNumber,
            port,
            0,
            0,
            Map.of(
                TerminalService.APP_NAME, appName,
                TerminalService.APP_VERSION, appVersion,
                TerminalService.DEVICE_SN, serialNumber));
    AnnouncementHeard heard = new AnnouncementHeard(serialNumber);
    try {
      // hearing its own announcement is the proof that browsers can hear it too
      jmdns.addServiceListener(TerminalService.TYPE, heard);
      jmdns.registerService(service);
      if (!heard.await(ANNOUNCEMENT_WAIT)) {
        LOG.warn(
            "terminal {} was not heard announced on {} within {} s; browsers may not see it yet",
            serialNumber,
            networkInterface.getHostAddress(),
            ANNOUNCEMENT_WAIT.toSeconds());
      }
      jmdns.removeServiceListener(TerminalService.TYPE, heard);
    } catch (IOException | RuntimeException cannotAnnounce) {
      closeQuietly(jmdns);
      throw new UncheckedIOException(
          "cannot announce terminal "
              + serialNumber
              + " on "
              + networkInterface.getHostAddress()
              + ": "
              + cannotAnnounce.getMessage(),
          cannotAnnounce instanceof IOException io ? io : new IOException(cannotAnnounce));
    }
    LOG.debug(
        "announced {} ({}) on {} port {}",
        serialNumber,
        TerminalService.TYPE,
        networkInterface.getHostAddress(),
        port);
    return new TerminalAdvertisement(jmdns, service);
  }

  /**
   * The serial number announced.
   *
   * @return the instance name of the announced service
   */
  public String serialNumber() {
    return service.getName();
  }

  /** Says goodbye and stops multicast DNS. Idempotent. */
  @Override
  public void close() {
    try {
      jmdns.unregisterAllServices();
    } finally {
      closeQuietly(jmdns);
    }
  }

  /** Waits for the announcement of one serial number, as any browser would hear it. */
  private static final class AnnouncementHeard implements ServiceListener {
    private final String serialNumber;
    private final CountDownLatch heard = new CountDownLatch(1);

    AnnouncementHeard(String serialNumber) {
      this.serialNumber = serialNumber;
    }

    @Override
    public void serviceAdded(ServiceEvent event) {}

    @Override
    public void serviceRemoved(ServiceEvent event) {}

    @Override
    public void serviceResolved(ServiceEvent event) {
      if (event.getName().equalsIgnoreCase(serialNumber)) {
        heard.countDown();
      }
    }

    boolean await(Duration timeout) {
      try {
        return heard.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  static void closeQuietly(JmDNS jmdns) {
    try {
      jmdns.close();
    } catch (IOException closeFailure) {
      LOG.debug("closing multicast DNS failed: {}", closeFailure.toString());
    }
  }
}
