package io.ecrhub.transport.serial;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Which serial port a {@code serial:} URI names.
 *
 * <ul>
 *   <li>{@code serial:/dev/ttyUSB0}, {@code serial:COM6}: that port ({@link Device}).
 *   <li>{@code serial:auto}: the first port whose descriptive name contains {@link
 *       #DEFAULT_KEYWORD} ({@link AutoDetect}), as the vendor's SDK picks it; {@code
 *       serial:auto?keyword=USB} picks by another keyword.
 * </ul>
 */
public sealed interface SerialAddress {

  /** The URI scheme of serial endpoints. */
  String SCHEME = "serial";

  /**
   * The vendor's keyword: its SDKs pick the first port whose descriptive name contains "GPS"
   * ({@code SerialPortEngine.PORT_NAME_TAG} in {@code paycloud-open/ecrhub-client-sdk-java}, {@code
   * portNameKeyword} in {@code codepay-us/codepay-register-sdk-java}): the terminal's USB gadget
   * presents itself under that name.
   */
  String DEFAULT_KEYWORD = "GPS";

  /**
   * The address as a URI, the form {@link #parse} reads.
   *
   * @return a {@code serial:} URI; {@code serial:auto} for the default keyword
   */
  URI uri();

  /**
   * A port named by its system path or name.
   *
   * @param name the port as the operating system names it, e.g. {@code /dev/ttyUSB0} or {@code
   *     COM6}; not blank
   */
  record Device(String name) implements SerialAddress {
    /**
     * Checks the name.
     *
     * @param name the port's system path or name; not blank
     * @throws NullPointerException when {@code name} is null
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public Device {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("serial port name must not be blank");
      }
    }

    @Override
    public URI uri() {
      return URI.create(SCHEME + ":" + percentEncoded(name));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The first port whose descriptive name contains {@code keyword}.
   *
   * @param keyword matched against each port's descriptive name, case-sensitively; not blank
   */
  record AutoDetect(String keyword) implements SerialAddress {
    /**
     * Checks the keyword.
     *
     * @param keyword the text to look for in port names; not blank
     * @throws NullPointerException when {@code keyword} is null
     * @throws IllegalArgumentException when {@code keyword} is blank
     */
    public AutoDetect {
      Objects.requireNonNull(keyword, "keyword");
      if (keyword.isBlank()) {
        throw new IllegalArgumentException("serial:auto keyword must not be blank");
      }
    }

    @Override
    public URI uri() {
      return DEFAULT_KEYWORD.equals(keyword)
          ? URI.create(SCHEME + ":auto")
          : URI.create(
              SCHEME + ":auto?keyword=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "auto (keyword \"" + keyword + "\")";
    }
  }

  /**
   * Whether {@code endpoint} is a {@code serial:} URI.
   *
   * @param endpoint the URI to test; may be null
   * @return true when its scheme is {@value #SCHEME}, in any case; false for null
   */
  static boolean isSerial(URI endpoint) {
    return endpoint != null && SCHEME.equalsIgnoreCase(endpoint.getScheme());
  }

  /**
   * Reads a {@code serial:} URI. The port part is percent-decoded, and a leading {@code //} is
   * dropped; {@code auto} in any case selects auto-detection, and only it takes a {@code keyword}
   * query parameter.
   *
   * @param endpoint the URI, e.g. {@code serial:/dev/ttyUSB0}, {@code serial:COM6} or {@code
   *     serial:auto?keyword=USB}; not null
   * @return a {@link Device} or an {@link AutoDetect}
   * @throws IllegalArgumentException naming the endpoint and what is wrong with it
   */
  static SerialAddress parse(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!isSerial(endpoint)) {
      throw new IllegalArgumentException(
          "endpoint: " + endpoint + " is not a serial: URI (serial:/dev/ttyUSB0, serial:auto)");
    }
    String rest = endpoint.getRawSchemeSpecificPart();
    if (rest == null || rest.isBlank()) {
      throw new IllegalArgumentException("endpoint: " + endpoint + " names no serial port");
    }
    int query = rest.indexOf('?');
    String port = decode(query < 0 ? rest : rest.substring(0, query));
    if (port.startsWith("//")) {
      port = port.substring(2);
    }
    if (!"auto".equals(port.toLowerCase(Locale.ROOT))) {
      if (query >= 0) {
        throw new IllegalArgumentException(
            "endpoint: " + endpoint + ": only serial:auto takes a query (?keyword=…)");
      }
      return new Device(port);
    }
    if (query < 0) {
      return new AutoDetect(DEFAULT_KEYWORD);
    }
    String keyword = null;
    for (String pair : rest.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (!"keyword".equals(key) || equals < 0) {
        throw new IllegalArgumentException(
            "endpoint: " + endpoint + ": unknown query parameter \"" + key + "\" (use keyword=…)");
      }
      keyword = decode(pair.substring(equals + 1));
    }
    return new AutoDetect(keyword);
  }

  /**
   * The port name encoded as {@link #parse} decodes it ({@link URLEncoder}, as the keyword of
   * {@link AutoDetect#uri()}), with the {@code /} and {@code :} of paths kept readable: any name
   * survives, a space, {@code ?}, {@code %} or {@code +} included.
   */
  private static String percentEncoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("%2F", "/").replace("%3A", ":");
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
