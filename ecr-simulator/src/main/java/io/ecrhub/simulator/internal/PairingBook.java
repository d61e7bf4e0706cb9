package io.ecrhub.simulator.internal;

import io.ecrhub.simulator.PairedPos;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The POS devices a terminal is paired with, by {@code mac_address}. A terminal serves a paired POS
 * by the address it connects from: on a LAN, the till it knows. Thread-safe.
 */
public final class PairingBook {

  private final Map<String, PairedPos> byMacAddress = new ConcurrentHashMap<>();

  /**
   * Pairs {@code pos}, replacing an earlier pairing of the same MAC address.
   *
   * @param pos the POS device and the host it paired from
   */
  public void pair(PairedPos pos) {
    byMacAddress.put(pos.macAddress(), pos);
  }

  /**
   * Forgets the POS with this MAC address; whether it was paired.
   *
   * @param macAddress the POS's {@code mac_address} as it paired
   * @return {@code true} if a pairing was removed
   */
  public boolean unpair(String macAddress) {
    return byMacAddress.remove(macAddress) != null;
  }

  /**
   * Whether a POS paired from {@code host}.
   *
   * @param host the peer host, as {@link #hostOf(String)} gives it
   * @return {@code true} if any paired POS connected from {@code host}
   */
  public boolean pairedFrom(String host) {
    return byMacAddress.values().stream().anyMatch(pos -> pos.host().equals(host));
  }

  /**
   * The paired POS devices, by MAC address.
   *
   * @return a snapshot of the paired devices, sorted by MAC address; empty when none
   */
  public List<PairedPos> paired() {
    return byMacAddress.values().stream()
        .sorted(java.util.Comparator.comparing(PairedPos::macAddress))
        .toList();
  }

  /**
   * The host of a connection's peer address: {@code 127.0.0.1} of {@code 127.0.0.1:53122}, {@code
   * ::1} of {@code [::1]:53122} and of {@code [::1]}; the address itself when it names no port
   * (Tyrus gives the bare IP).
   *
   * @param remoteAddress the peer address as the transport reports it
   * @return the host part, without brackets or port
   */
  public static String hostOf(String remoteAddress) {
    if (remoteAddress.startsWith("[")) {
      // a bracketed IPv6 literal, with or without a port: its colons are not the port's
      int close = remoteAddress.indexOf(']');
      String rest = close < 0 ? "" : remoteAddress.substring(close + 1);
      boolean portOrNothing = rest.isEmpty() || rest.matches(":[0-9]+");
      return close > 0 && portOrNothing ? remoteAddress.substring(1, close) : remoteAddress;
    }
    int colon = remoteAddress.lastIndexOf(':');
    boolean bareIpv6 = remoteAddress.indexOf(':') != colon;
    if (colon < 0 || colon == remoteAddress.length() - 1 || bareIpv6) {
      return remoteAddress;
    }
    String port = remoteAddress.substring(colon + 1);
    if (!port.chars().allMatch(Character::isDigit)) {
      return remoteAddress;
    }
    return remoteAddress.substring(0, colon);
  }
}
