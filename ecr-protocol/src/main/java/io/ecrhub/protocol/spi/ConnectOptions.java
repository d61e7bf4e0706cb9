package io.ecrhub.protocol.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How a client connection is opened.
 *
 * @param connectTimeout how long the connection (and, for TLS, the handshake) may take
 * @param maxFrameChars the largest inbound text frame accepted, in characters; a larger one closes
 *     the connection with {@link CloseCodes#TOO_BIG}
 * @param sslContext for encrypted endpoints ({@code wss://}): the trust material to use; empty
 *     means the JDK's default trust store. Host names are always verified.
 */
public record ConnectOptions(
    Duration connectTimeout, int maxFrameChars, Optional<SSLContext> sslContext) {

  /** The default frame limit: 64 KiB of characters, far above any message of the protocol. */
  public static final int DEFAULT_MAX_FRAME_CHARS = 64 * 1024;

  /**
   * Checks the options.
   *
   * @param connectTimeout how long the connection may take; positive
   * @param maxFrameChars the largest inbound text frame accepted, in characters; positive
   * @param sslContext the trust material for {@code wss://}; empty, not null, for the default
   * @throws IllegalArgumentException when the timeout or the frame limit is not positive
   */
  public ConnectOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(sslContext, "sslContext");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
    if (maxFrameChars < 1) {
      throw new IllegalArgumentException("maxFrameChars must be positive");
    }
  }

  /**
   * 5 s to connect, 64 KiB frames, the JDK's trust store.
   *
   * @return the defaults
   */
  public static ConnectOptions defaults() {
    return new ConnectOptions(Duration.ofSeconds(5), DEFAULT_MAX_FRAME_CHARS, Optional.empty());
  }

  /**
   * These options with another connect timeout.
   *
   * @param value how long the connection may take; positive
   * @return a copy; this one is unchanged
   */
  public ConnectOptions withConnectTimeout(Duration value) {
    return new ConnectOptions(value, maxFrameChars, sslContext);
  }

  /**
   * These options with another frame limit.
   *
   * @param value the largest inbound text frame accepted, in characters; positive
   * @return a copy; this one is unchanged
   */
  public ConnectOptions withMaxFrameChars(int value) {
    return new ConnectOptions(connectTimeout, value, sslContext);
  }

  /**
   * These options with the trust material for {@code wss://} endpoints.
   *
   * @param value the TLS context; not null
   * @return a copy; this one is unchanged
   */
  public ConnectOptions withSslContext(SSLContext value) {
    return new ConnectOptions(connectTimeout, maxFrameChars, Optional.of(value));
  }
}
