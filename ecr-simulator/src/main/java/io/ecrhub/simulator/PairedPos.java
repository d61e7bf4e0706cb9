package io.ecrhub.simulator;

import java.util.Objects;

/**
 * A POS the simulated terminal is paired with, as its {@code ecrhub.pair} described it.
 *
 * @param macAddress the POS's {@code mac_address}: its identity, an unpair names it
 * @param deviceName its {@code device_name}, empty when it sent none
 * @param aliasName its {@code alias_name}, empty when it sent none
 * @param host the address it paired from; its requests from there are served when pairing is
 *     required, as a terminal serves the till it knows on its LAN
 */
public record PairedPos(String macAddress, String deviceName, String aliasName, String host) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param macAddress the POS's {@code mac_address}: its identity, an unpair names it
   * @param deviceName its {@code device_name}, empty when it sent none
   * @param aliasName its {@code alias_name}, empty when it sent none
   * @param host the address it paired from; its requests from there are served when pairing is
   *     required, as a terminal serves the till it knows on its LAN
   */
  public PairedPos {
    Objects.requireNonNull(macAddress, "macAddress");
    Objects.requireNonNull(deviceName, "deviceName");
    Objects.requireNonNull(aliasName, "aliasName");
    Objects.requireNonNull(host, "host");
  }
}
