package io.ecrhub.protocol.spi.support;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.regex.Pattern;

/**
 * A host as the host part of a URI that {@link java.net.URI} parses and the JDK connects to: an
 * IPv6 literal bracketed once, its zone kept as {@code %zone}.
 *
 * <p>The zone is not written as RFC 6874's {@code %25zone}: {@code java.net.URI} does not decode
 * it, so the JDK would look for an interface named {@code 25eth0} and never connect. {@code
 * java.net.URI} takes a zone of letters, digits, {@code _} and {@code .}; another one (such as
 * {@code br-1a2b}) is written as its interface's number, which means the same to the JDK.
 *
 * <p>For whoever writes an address from a host it was given: a discovered terminal (JmDNS hands
 * IPv6 hosts over bracketed), a server announcing where it listens.
 */
public final class UriHosts {

  /** A zone {@code java.net.URI} accepts as it is. */
  private static final Pattern URI_ZONE = Pattern.compile("[A-Za-z0-9_.]+");

  private UriHosts() {}

  /**
   * The host as a URI's host part.
   *
   * @param host a host name, an IPv4 address, or an IPv6 address with or without brackets and zone
   * @return {@code 192.168.1.20} as it is; {@code fe80::1%eth0} or {@code [fe80::1%eth0]} as {@code
   *     [fe80::1%eth0]}
   */
  public static String of(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!bare.contains(":")) {
      return bare;
    }
    int percent = bare.indexOf('%');
    if (percent < 0) {
      return "[" + bare + "]";
    }
    String address = bare.substring(0, percent);
    String zone = bare.substring(percent + 1);
    return "[" + address + uriZone(zone) + "]";
  }

  /** {@code %zone}, or {@code %index} of its interface, or nothing when neither can be written. */
  private static String uriZone(String zone) {
    if (URI_ZONE.matcher(zone).matches()) {
      return "%" + zone;
    }
    try {
      NetworkInterface named = NetworkInterface.getByName(zone);
      if (named != null && named.getIndex() > 0) {
        return "%" + named.getIndex();
      }
    } catch (SocketException unknown) {
      // no such interface here: the zone cannot be written
    }
    // without its zone the address still names the terminal; the system picks the interface
    return "";
  }
}
