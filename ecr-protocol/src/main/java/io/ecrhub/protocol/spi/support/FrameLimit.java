package io.ecrhub.protocol.spi.support;

/**
 * The largest frame a receiver accepts, in characters of the text it carries, and the check every
 * transport applies to what arrives: a text frame by its length, a binary frame by the text its
 * UTF-8 bytes spell. A frame over the limit closes its connection with {@link
 * io.ecrhub.protocol.spi.CloseCodes#TOO_BIG}; {@link ConnectionEvents} does that for transports
 * that deliver through it.
 *
 * @param maxChars the limit, from {@code ConnectOptions.maxFrameChars()} or {@code
 *     BindOptions.maxFrameChars()}
 */
public record FrameLimit(int maxChars) {

  /**
   * One UTF-16 {@code char} takes at most three UTF-8 bytes (a surrogate pair, two, takes four).
   */
  private static final int MAX_UTF8_BYTES_PER_CHAR = 3;

  /**
   * Checks that the limit is positive, naming it.
   *
   * @param maxChars the limit in UTF-16 characters; positive
   * @throws IllegalArgumentException when {@code maxChars} is not positive
   */
  public FrameLimit {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
  }

  /**
   * The most bytes a frame within the limit can have on the wire. A transport that sees a frame's
   * length before its payload (a WebSocket frame header, a serial length field) refuses a longer
   * one before buffering it.
   *
   * @return three bytes per character of the limit
   */
  public long maxUtf8Bytes() {
    return (long) MAX_UTF8_BYTES_PER_CHAR * maxChars;
  }

  /**
   * Whether a text frame is within the limit.
   *
   * @param text the frame's text
   * @return true when its length in UTF-16 characters is at most the limit
   */
  public boolean admits(String text) {
    return text.length() <= maxChars;
  }

  /**
   * Whether a binary frame is within the limit: whether the text its bytes spell as UTF-8 would be.
   * Counted without decoding; bytes that are not UTF-8 are counted as if they were, and are refused
   * later by the listener's decoding.
   *
   * @param data the frame's bytes
   * @return true when the text they spell is at most the limit
   */
  public boolean admits(byte[] data) {
    if (data.length <= maxChars) {
      return true;
    }
    return data.length <= maxUtf8Bytes() && utf16Length(data) <= maxChars;
  }

  /**
   * The close reason for a text frame over the limit.
   *
   * @param text the refused frame
   * @return a reason naming its length and the limit, short enough for a close frame
   */
  public String refusal(String text) {
    return "frame of " + text.length() + " chars exceeds the limit of " + maxChars;
  }

  /**
   * The close reason for a binary frame over the limit.
   *
   * @param data the refused frame
   * @return a reason naming its size in bytes and the limit in characters
   */
  public String refusal(byte[] data) {
    return "binary frame of " + data.length + " bytes exceeds the limit of " + maxChars + " chars";
  }

  /**
   * The close reason for a frame whose announced size is over the limit.
   *
   * @param payloadBytes the payload size the frame's header announced
   * @return a reason naming that size and the limit in characters
   */
  public String refusalOfAnnounced(long payloadBytes) {
    return "frame of " + payloadBytes + " bytes exceeds the limit of " + maxChars + " chars";
  }

  /**
   * How many UTF-16 chars the UTF-8 bytes decode to: one per lead byte, two for a four-byte
   * sequence (a surrogate pair); continuation bytes count nothing.
   */
  private static long utf16Length(byte[] data) {
    long chars = 0;
    for (byte b : data) {
      if ((b & 0xC0) != 0x80) {
        chars += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return chars;
  }
}
