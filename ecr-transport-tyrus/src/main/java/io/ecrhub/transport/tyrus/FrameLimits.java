package io.ecrhub.transport.tyrus;

/**
 * Converts the SPI's frame limit, counted in characters, into the byte limits Tyrus works with.
 *
 * <p>A text frame travels as UTF-8. One UTF-16 {@code char} takes at most three bytes (a surrogate
 * pair, two chars, takes four), so a frame of {@code n} chars is at most {@code 3n} bytes on the
 * wire. {@link FrameSizeGuard} rejects anything longer before Tyrus buffers it; the exact character
 * count is checked once Tyrus has decoded the text.
 */
final class FrameLimits {

  /** Largest WebSocket frame header: 2 bytes, 8 bytes of extended length, 4 bytes of mask. */
  private static final int MAX_FRAME_HEADER_BYTES = 14;

  /**
   * Room for one network read on top of a buffered partial frame. Tyrus' read handlers throw
   * "Buffer overflow" (close 1011) when a partial frame plus the next read exceeds their incoming
   * buffer, and even when one read alone does: with many small pipelined frames a single read can
   * be large. The JDK client reads at most 17,000 bytes and Grizzly one socket buffer, so 1 MiB
   * leaves that path unreachable. It costs nothing up front: Tyrus allocates by need.
   */
  private static final int READ_SLACK_BYTES = 1 << 20;

  private FrameLimits() {}

  /** The largest payload, in bytes, that a frame of {@code maxFrameChars} characters can have. */
  static long maxPayloadBytes(int maxFrameChars) {
    return 3L * maxFrameChars;
  }

  /** The value for Tyrus' {@code incomingBufferSize}: never the limit that trips first. */
  static int tyrusIncomingBufferBytes(int maxFrameChars) {
    long bytes = maxPayloadBytes(maxFrameChars) + MAX_FRAME_HEADER_BYTES + READ_SLACK_BYTES;
    return (int) Math.min(bytes, Integer.MAX_VALUE - 8);
  }
}
