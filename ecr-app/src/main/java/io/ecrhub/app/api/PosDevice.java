package io.ecrhub.app.api;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Objects;

/**
 * This POS as it describes itself when it pairs with a terminal ({@code device_data} of {@code
 * ecrhub.pair}): the terminal knows its tills by MAC address and shows their names.
 *
 * @param macAddress e.g. {@code 02-fc-00-00-00-01}
 * @param deviceName the POS's name, e.g. its host name
 * @param aliasName the name the terminal shows for it
 */
public record PosDevice(String macAddress, String deviceName, String aliasName) {

  /**
   * Checks the description.
   *
   * @param macAddress the till's MAC address; not blank
   * @param deviceName the POS's name
   * @param aliasName the name the terminal shows
   * @throws NullPointerException if any is null
   * @throws IllegalArgumentException if {@code macAddress} is blank
   */
  public PosDevice {
    Objects.requireNonNull(macAddress, "macAddress");
    Objects.requireNonNull(deviceName, "deviceName");
    Objects.requireNonNull(aliasName, "aliasName");
    if (macAddress.isBlank()) {
      throw new IllegalArgumentException("macAddress must not be blank");
    }
  }

  /**
   * This machine: the MAC address of its first network interface that has one (the loopback's
   * all-zero address on a machine without), its host name ({@code HOSTNAME}, {@code COMPUTERNAME},
   * {@code /etc/hostname}, else the loopback's name) as device and alias name. Asks no DNS server.
   *
   * @return this machine's description; {@code 00-00-00-00-00-00} when no interface has a MAC
   *     address
   */
  public static PosDevice ofThisMachine() {
    String name = HostName.ofThisMachine();
    return new PosDevice(firstMacAddress(), name, name);
  }

  private static String firstMacAddress() {
    try {
      for (NetworkInterface candidate : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        byte[] hardware = candidate.getHardwareAddress();
        if (!candidate.isLoopback() && hardware != null && hardware.length == 6) {
          return HexFormat.ofDelimiter("-").formatHex(hardware);
        }
      }
    } catch (SocketException unreadable) {
      // fall through: a machine without a readable interface pairs as the null address
    }
    return "00-00-00-00-00-00";
  }
}
