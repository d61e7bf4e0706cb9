package io.ecrhub.protocol.spi;

import java.util.Objects;

/**
 * Where and how a server accepts connections.
 *
 * @param host the address to listen on; only this address, never the wildcard unless asked for
 *     ({@code 0.0.0.0})
 * @param port the port; 0 means an ephemeral port, read back from {@link ServerBinding#port()}
 * @param maxFrameChars the largest inbound text frame accepted; a larger one closes that connection
 *     with {@link CloseCodes#TOO_BIG}
 */
public record BindOptions(String host, int port, int maxFrameChars) {

  /**
   * Checks the options.
   *
   * @param host the address to listen on; not blank
   * @param port the port, 0 to 65535
   * @param maxFrameChars the largest inbound text frame accepted, in characters; positive
   * @throws IllegalArgumentException when a value is out of range
   */
  public BindOptions {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxFrameChars < 1) {
      throw new IllegalArgumentException("maxFrameChars must be positive");
    }
  }

  /**
   * Loopback only, an ephemeral port, 64 KiB frames.
   *
   * @return options for {@code 127.0.0.1}, port 0
   */
  public static BindOptions loopbackEphemeral() {
    return new BindOptions("127.0.0.1", 0, ConnectOptions.DEFAULT_MAX_FRAME_CHARS);
  }
}
