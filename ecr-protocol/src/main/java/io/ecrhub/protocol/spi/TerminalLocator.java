package io.ecrhub.protocol.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Finds where a terminal named by its serial number listens now: a shop's DHCP moves terminals, and
 * the vendor's terminals announce themselves on the LAN under their serial number. A POS names such
 * a terminal {@code sn:PP35272137000072}; the client asks a locator for its address before each
 * connection it cannot open at the last address known. The JmDNS locator of {@code ecr-discovery}
 * implements it; {@link TerminalLocatorProvider} makes one found through {@link
 * java.util.ServiceLoader}.
 */
public interface TerminalLocator extends AutoCloseable {

  /** The URI scheme of a terminal named by its serial number: {@code sn:PP35272137000072}. */
  String SCHEME = "sn";

  /** What a serial number may hold: one DNS label of letters, digits, {@code -} and {@code _}. */
  Pattern SERIAL_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,63}");

  /**
   * The terminal's address now, {@code ws://192.168.1.20:35779}, asked afresh on the network (not
   * from a cache that may be stale). Fails with a {@link TransportException} of kind {@link
   * TransportException.Kind#CONNECT_FAILED} when no terminal of that serial number answers within
   * {@code timeout}. Never blocks the caller.
   *
   * @param serialNumber the terminal's serial number, e.g. {@code PP35272137000072}
   * @param timeout how long to wait for the terminal's announcement
   * @return the terminal's WebSocket address
   */
  CompletionStage<URI> locate(String serialNumber, Duration timeout);

  /** Releases the locator's sockets and threads. */
  @Override
  void close();

  /**
   * Whether {@code endpoint} names a terminal by serial number ({@code sn:…}).
   *
   * @param endpoint the address; may be null
   * @return true when its scheme is {@value #SCHEME}, in any case; the serial number is not checked
   */
  static boolean namesSerialNumber(URI endpoint) {
    return endpoint != null
        && endpoint.getScheme() != null
        && SCHEME.equals(endpoint.getScheme().toLowerCase(Locale.ROOT));
  }

  /**
   * The serial number of an {@code sn:} endpoint.
   *
   * @param endpoint the address, e.g. {@code sn:PP35272137000072}
   * @return the serial number, as written
   * @throws IllegalArgumentException when {@code endpoint} is not {@code sn:} followed by 1–63
   *     letters, digits, {@code -} or {@code _}
   */
  static String serialNumberOf(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    String serialNumber = endpoint.getSchemeSpecificPart();
    if (!namesSerialNumber(endpoint)
        || serialNumber == null
        || !SERIAL_NUMBER.matcher(serialNumber).matches()) {
      throw new IllegalArgumentException(
          "a terminal named by serial number is sn: followed by 1-63 letters, digits, '-' or '_'"
              + " (sn:PP35272137000072), got "
              + endpoint);
    }
    return serialNumber;
  }
}
