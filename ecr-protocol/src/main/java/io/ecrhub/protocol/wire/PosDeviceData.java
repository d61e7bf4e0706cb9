package io.ecrhub.protocol.wire;

/**
 * The POS as it describes itself in the {@code device_data} of the vendor's {@code ecrhub.pair} and
 * {@code ecrhub.unpair} requests. The vendor's SDKs send {@code device_name}, {@code alias_name}
 * and {@code mac_address} to pair and {@code mac_address} alone to unpair; {@code ip_address} and
 * {@code port} name a POS that itself listens.
 *
 * @param macAddress the POS's network address, e.g. {@code 02-fc-00-00-00-01}: how a terminal tells
 *     its paired tills apart
 * @param deviceName the POS's host name
 * @param aliasName the name the terminal shows for it
 * @param ipAddress the POS's IP address, when it listens itself
 * @param port the port it listens on, as a string
 */
public record PosDeviceData(
    String macAddress, String deviceName, String aliasName, String ipAddress, String port) {

  /**
   * The fields the vendor's SDKs send to pair, without an address of its own.
   *
   * @param macAddress the POS's network address, e.g. {@code 02-fc-00-00-00-01}
   * @param deviceName the POS's host name
   * @param aliasName the name the terminal shows for it
   * @return the device data, {@code ip_address} and {@code port} left out
   */
  public static PosDeviceData of(String macAddress, String deviceName, String aliasName) {
    return new PosDeviceData(macAddress, deviceName, aliasName, null, null);
  }
}
