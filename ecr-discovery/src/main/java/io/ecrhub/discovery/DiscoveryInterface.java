package io.ecrhub.discovery;

import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;

/**
 * Which network interface multicast DNS runs on. Multicast goes out of one interface only: the one
 * whose address is given, or — when none is — the machine's first LAN address (an IPv4 address of
 * an interface that is up, not loopback, and does multicast), as the vendor's SDKs choose it.
 */
public final class DiscoveryInterface {

  private DiscoveryInterface() {}

  /**
   * The address to bind multicast DNS to.
   *
   * @param address an interface address ({@code 192.168.1.10}, {@code 127.0.0.1}); empty for the
   *     LAN default
   * @throws IllegalArgumentException when {@code address} is not an address of this machine
   * @return {@code address} when given, else the first LAN IPv4 address, else the loopback address
   * @throws java.io.UncheckedIOException when the machine's interfaces cannot be read
   */
  public static InetAddress choose(Optional<InetAddress> address) {
    if (address.isPresent()) {
      InetAddress given = address.get();
      try {
        if (NetworkInterface.getByInetAddress(given) == null) {
          throw new IllegalArgumentException(
              given.getHostAddress() + " is not an address of a network interface of this machine");
        }
      } catch (SocketException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      return given;
    }
    return lanAddress();
  }

  /**
   * Parses an address given as text, e.g. by {@code --interface} or {@code ECR_INTERFACE}; only IP
   * literals are accepted, so that nothing is looked up in DNS.
   *
   * @param text an IPv4 or IPv6 literal, surrounding blanks ignored
   * @throws IllegalArgumentException naming the text when it is not an IP address
   * @return the address
   */
  public static InetAddress parse(String text) {
    String literal = text == null ? "" : text.strip();
    if (literal.isEmpty() || !literal.matches("[0-9a-fA-F:.%]+")) {
      throw new IllegalArgumentException("\"" + text + "\" is not an IP address");
    }
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException notAnAddress) {
      throw new IllegalArgumentException("\"" + text + "\" is not an IP address", notAnAddress);
    }
  }

  private static InetAddress lanAddress() {
    try {
      for (NetworkInterface candidate : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!candidate.isUp() || candidate.isLoopback() || !candidate.supportsMulticast()) {
          continue;
        }
        for (InetAddress address : Collections.list(candidate.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            return address;
          }
        }
      }
      return InetAddress.getLoopbackAddress();
    } catch (SocketException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
