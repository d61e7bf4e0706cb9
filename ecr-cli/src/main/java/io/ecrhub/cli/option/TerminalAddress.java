package io.ecrhub.cli.option;

import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.transport.serial.SerialAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The {@code --terminal} value as a URI. A cashier types {@code 192.168.1.20}; the terminal listens
 * on {@code ws://192.168.1.20:35779}. Full {@code ws://} and {@code wss://} URIs, and {@code
 * serial:} ports ({@code serial:/dev/ttyUSB0}, {@code serial:COM6}, {@code serial:auto}) and
 * terminals named by serial number ({@code sn:PP35272137000072}, found by mDNS), are taken as
 * given, so that the journal names a terminal exactly as the user did.
 */
public final class TerminalAddress {

  static final int DEFAULT_PORT = 35779;

  private TerminalAddress() {}

  /** The URI {@code raw} stands for; {@code raw} must have passed {@link #check}. */
  public static String normalize(String raw) {
    String value = raw.strip();
    if (value.contains("://") || isSerial(value) || isSerialNumber(value)) {
      return value;
    }
    String candidate = "ws://" + value;
    try {
      return new URI(candidate).getPort() == -1 ? candidate + ":" + DEFAULT_PORT : candidate;
    } catch (URISyntaxException e) {
      return candidate;
    }
  }

  /** Reports a missing or malformed terminal under {@code --terminal}. */
  public static void check(String raw, ViolationCollector violations) {
    if (raw == null || raw.isBlank()) {
      violations.add(
          "--terminal",
          "is required: the terminal's address, e.g. ws://192.168.1.20:"
              + DEFAULT_PORT
              + " (or set "
              + TerminalOptions.TERMINAL_ENV
              + ")");
      return;
    }
    String uri = normalize(raw);
    try {
      URI parsed = new URI(uri);
      String scheme = parsed.getScheme();
      if (SerialAddress.isSerial(parsed)) {
        SerialAddress.parse(parsed);
      } else if (TerminalLocator.namesSerialNumber(parsed)) {
        TerminalLocator.serialNumberOf(parsed);
      } else if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
        violations.add(
            "--terminal",
            "must be a ws://, wss://, serial: or sn: (serial number) address, got '" + raw + "'");
      } else if (parsed.getHost() == null) {
        violations.add("--terminal", "must name a host, e.g. ws://192.168.1.20, got '" + raw + "'");
      }
    } catch (URISyntaxException e) {
      violations.add("--terminal", "is not a valid address: " + e.getMessage());
    } catch (IllegalArgumentException badSerialPort) {
      violations.add("--terminal", badSerialPort.getMessage().replaceFirst("^endpoint: ", ""));
    }
  }

  private static boolean isSerialNumber(String value) {
    return value.toLowerCase(Locale.ROOT).startsWith(TerminalLocator.SCHEME + ":");
  }

  private static boolean isSerial(String value) {
    return value.toLowerCase(Locale.ROOT).startsWith(SerialAddress.SCHEME + ":");
  }
}
