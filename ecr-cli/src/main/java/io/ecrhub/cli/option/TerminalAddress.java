package io.ecrhub.cli.option;

import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.protocol.client.TerminalUris;
import io.ecrhub.protocol.spi.TerminalLocator;
import io.ecrhub.transport.serial.SerialAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --terminal} value as a URI. A cashier types {@code 192.168.1.20}; the terminal listens
 * on {@code ws://192.168.1.20:35779}. Full {@code ws://} and {@code wss://} URIs, and {@code
 * serial:} ports ({@code serial:/dev/ttyUSB0}, {@code serial:COM6}, {@code serial:auto}) and
 * terminals named by serial number ({@code sn:PP35272137000072}, found by mDNS), are taken as
 * given, so that the journal names a terminal exactly as the user did.
 */
public final class TerminalAddress {

  static final int DEFAULT_PORT = 35779;

  /** The largest TCP port. */
  static final int MAX_PORT = 65_535;

  /** What a bare host or host:port never contains. */
  private static final Pattern BARE_HOST_BREAKER = Pattern.compile("[/?#\\s]");

  /** A scheme with its colon or slashes mistyped: {@code ws//host}, {@code wss:/host}. */
  private static final Pattern SCHEME_TYPO = Pattern.compile("(?i)(wss?):?/{1,3}([^/].*)");

  private TerminalAddress() {}

  /**
   * The URI {@code raw} stands for; {@code raw} must have passed {@link #check}.
   *
   * @param raw the value as typed
   * @return a {@code ws://} URI with the default port 35779 added when none is given; other forms
   *     stripped but unchanged
   */
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

  /**
   * Reports a missing or malformed terminal under {@code --terminal}.
   *
   * @param raw the value as typed, or {@code null} when neither the option nor the environment
   *     gives one
   * @param violations collects the problem, with any password redacted
   */
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
    String shown = "'" + TerminalUris.redacted(raw.strip()) + "'";
    String value = raw.strip();
    if (!value.contains("://")
        && !isSerial(value)
        && !isSerialNumber(value)
        && BARE_HOST_BREAKER.matcher(value).find()) {
      // "ws//10.0.0.5" would otherwise become ws://ws//10.0.0.5, a host named "ws"
      violations.add(
          "--terminal",
          "must be host, host:port or a ws://, wss://, serial: or sn: address, got "
              + shown
              + suggestion(TerminalUris.redacted(value)));
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
            "must be a ws://, wss://, serial: or sn: (serial number) address, got " + shown);
      } else if (parsed.getHost() == null) {
        violations.add("--terminal", "must name a host, e.g. ws://192.168.1.20, got " + shown);
      } else if (parsed.getPort() == 0 || parsed.getPort() > MAX_PORT) {
        violations.add(
            "--terminal",
            "has port "
                + parsed.getPort()
                + ", but a port is 1 to "
                + MAX_PORT
                + " (the terminal listens on "
                + DEFAULT_PORT
                + "), got "
                + shown);
      }
    } catch (URISyntaxException e) {
      violations.add(
          "--terminal", "is not a valid address: " + TerminalUris.redacted(e.getMessage()));
    } catch (IllegalArgumentException badSerialPort) {
      violations.add("--terminal", badSerialPort.getMessage().replaceFirst("^endpoint: ", ""));
    }
  }

  private static boolean isSerialNumber(String value) {
    return value.toLowerCase(Locale.ROOT).startsWith(TerminalLocator.SCHEME + ":");
  }

  /** {@code ws//host}, {@code ws:/host}: what was probably meant. */
  private static String suggestion(String value) {
    Matcher typo = SCHEME_TYPO.matcher(value);
    return typo.matches() ? " (did you mean " + typo.group(1) + "://" + typo.group(2) + "?)" : "";
  }

  private static boolean isSerial(String value) {
    return value.toLowerCase(Locale.ROOT).startsWith(SerialAddress.SCHEME + ":");
  }
}
