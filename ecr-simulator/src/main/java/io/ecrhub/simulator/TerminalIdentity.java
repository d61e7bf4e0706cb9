package io.ecrhub.simulator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who the simulated terminal says it is: what it advertises over mDNS (the serial number as the
 * service's instance name, {@code app_name} and {@code app_version} in its TXT record) and puts in
 * the {@code device_data} of its pairing answers.
 *
 * @param serialNumber the terminal's serial number, e.g. {@code PP35272137000072}: 1–63 letters,
 *     digits, {@code -} or {@code _}, so that it fits one DNS label
 * @param appName the name of the terminal's ECR Hub app
 * @param appVersion its version
 */
public record TerminalIdentity(String serialNumber, String appName, String appVersion) {

  /** The simulator's serial number unless another is given. */
  public static final String DEFAULT_SERIAL_NUMBER = "SIMULATOR0000001";

  /** What a serial number may hold: one DNS label of letters, digits, '-' and '_'. */
  public static final Pattern SERIAL_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,63}");

  /**
   * Checks the identity.
   *
   * @param serialNumber the terminal's serial number, e.g. {@code PP35272137000072}: 1–63 letters,
   *     digits, {@code -} or {@code _}, so that it fits one DNS label
   * @param appName the name of the terminal's ECR Hub app
   * @param appVersion its version
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the serial number does not match {@link #SERIAL_NUMBER}, or
   *     the app name or version is blank
   */
  public TerminalIdentity {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(appVersion, "appVersion");
    if (!SERIAL_NUMBER.matcher(serialNumber).matches()) {
      throw new IllegalArgumentException(
          "serialNumber must be 1-63 letters, digits, '-' or '_', got \"" + serialNumber + "\"");
    }
    if (appName.isBlank() || appVersion.isBlank()) {
      throw new IllegalArgumentException("appName and appVersion must not be blank");
    }
  }

  /**
   * {@value #DEFAULT_SERIAL_NUMBER}, the app {@code ecr-hub simulator} version {@code 1.0}.
   *
   * @return the simulator's default identity
   */
  public static TerminalIdentity defaults() {
    return new TerminalIdentity(DEFAULT_SERIAL_NUMBER, "ecr-hub simulator", "1.0");
  }

  /**
   * The same terminal under another serial number.
   *
   * @param value the serial number; must match {@link #SERIAL_NUMBER}
   * @return a copy with that serial number
   */
  public TerminalIdentity withSerialNumber(String value) {
    return new TerminalIdentity(value, appName, appVersion);
  }
}
