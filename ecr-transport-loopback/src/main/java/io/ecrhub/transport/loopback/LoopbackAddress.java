package io.ecrhub.transport.loopback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A name and a port on a loopback network: {@code loopback://terminal:49152}.
 *
 * @param name the host name, lower case
 * @param port the port, 1 to 65535
 */
record LoopbackAddress(String name, int port) {

  static final String SCHEME = "loopback";

  URI uri() {
    return URI.create(SCHEME + "://" + name + ":" + port);
  }

  @Override
  public String toString() {
    return uri().toString();
  }

  /** Reads a client's endpoint; refuses anything but {@code loopback://name:port}. */
  static LoopbackAddress parse(URI endpoint) {
    if (!SCHEME.equalsIgnoreCase(endpoint.getScheme())
        || endpoint.getHost() == null
        || endpoint.getPort() < 0) {
      throw new IllegalArgumentException(
          "endpoint must look like loopback://name:port, got " + endpoint);
    }
    return new LoopbackAddress(endpoint.getHost().toLowerCase(Locale.ROOT), endpoint.getPort());
  }

  /** Whether {@code name} can be the host of a URI: letters, digits, '-' and '.'. */
  static boolean isValidName(String name) {
    try {
      return name.equals(new URI(SCHEME, null, name, 1, null, null, null).getHost());
    } catch (URISyntaxException notAHostName) {
      return false;
    }
  }
}
