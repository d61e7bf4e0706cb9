package io.ecrhub.domain.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A terminal this POS is paired with: the vendor's terminals serve a POS once it paired with them
 * ({@code ecrhub.pair}), and a POS remembers where it found each one.
 *
 * @param serialNumber the terminal's serial number, its identity (it names the terminal as {@code
 *     sn:<serialNumber>})
 * @param lastAddress where it was last reached, {@code ws://192.168.1.20:35779}
 * @param appVersion the version of its ECR Hub app, as its pairing answer said; empty when unsaid
 * @param pairedAt when the pairing was accepted
 */
public record PairedTerminal(
    String serialNumber, String lastAddress, String appVersion, Instant pairedAt) {

  /**
   * Checks the pairing.
   *
   * @param serialNumber the terminal's serial number; not blank
   * @param lastAddress where it was last reached
   * @param appVersion its ECR Hub app version, or empty
   * @param pairedAt when the pairing was accepted
   * @throws NullPointerException if any is null
   * @throws IllegalArgumentException if {@code serialNumber} is blank
   */
  public PairedTerminal {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(lastAddress, "lastAddress");
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(pairedAt, "pairedAt");
    if (serialNumber.isBlank()) {
      throw new IllegalArgumentException("serialNumber must not be blank");
    }
  }
}
