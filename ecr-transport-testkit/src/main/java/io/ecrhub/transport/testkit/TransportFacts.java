package io.ecrhub.transport.testkit;

import java.util.Objects;

/**
 * What the {@link TransportContract} needs to know about a transport beyond the SPI itself.
 *
 * @param bindHost the host the kit binds its servers to (on an ephemeral port): {@code 127.0.0.1}
 *     for a socket transport, a name for an in-memory one
 * @param supportsPing whether connections must support {@code ping()}; the kit then checks that
 *     pongs come back, and otherwise that {@code ping()} is refused as the SPI says
 * @param frameLimitChars the frame size limit, in characters, the kit configures on both sides for
 *     its size tests; the transport must carry frames of exactly this length, in any script
 */
public record TransportFacts(String bindHost, boolean supportsPing, int frameLimitChars) {

  /** The limit the kit uses unless told otherwise: large enough to matter, quick to send. */
  public static final int DEFAULT_FRAME_LIMIT_CHARS = 8 * 1024;

  /**
   * Checks the facts.
   *
   * @param bindHost the host to bind to; not blank
   * @param supportsPing whether connections support ping
   * @param frameLimitChars the frame limit in UTF-16 chars; at least 4
   * @throws NullPointerException when {@code bindHost} is null
   * @throws IllegalArgumentException when {@code bindHost} is blank or {@code frameLimitChars} is
   *     below 4
   */
  public TransportFacts {
    Objects.requireNonNull(bindHost, "bindHost");
    if (bindHost.isBlank()) {
      throw new IllegalArgumentException("bindHost must not be blank");
    }
    if (frameLimitChars < 4) {
      throw new IllegalArgumentException(
          "frameLimitChars must be at least 4 (a frame of two non-BMP characters), got "
              + frameLimitChars);
    }
  }

  /**
   * A WebSocket-like transport on 127.0.0.1 that supports ping.
   *
   * @return facts with {@link #DEFAULT_FRAME_LIMIT_CHARS}
   */
  public static TransportFacts webSocketOnLoopback() {
    return new TransportFacts("127.0.0.1", true, DEFAULT_FRAME_LIMIT_CHARS);
  }

  /**
   * A transport bound to {@code bindHost}, with the default frame limit.
   *
   * @param bindHost the host the kit binds its servers to; not blank
   * @param supportsPing whether connections must support {@code ping()}
   * @return facts with {@link #DEFAULT_FRAME_LIMIT_CHARS}
   */
  public static TransportFacts of(String bindHost, boolean supportsPing) {
    return new TransportFacts(bindHost, supportsPing, DEFAULT_FRAME_LIMIT_CHARS);
  }

  /**
   * The same facts with another frame limit, for a transport whose frames must stay small (or may
   * be large).
   *
   * @param value the frame limit in UTF-16 chars; at least 4
   * @return a copy with {@code frameLimitChars} replaced
   */
  public TransportFacts withFrameLimitChars(int value) {
    return new TransportFacts(bindHost, supportsPing, value);
  }
}
