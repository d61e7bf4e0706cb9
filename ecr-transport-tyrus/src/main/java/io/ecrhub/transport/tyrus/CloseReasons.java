package io.ecrhub.transport.tyrus;

import jakarta.websocket.CloseReason;
import java.nio.charset.StandardCharsets;

/** Builds Jakarta close reasons from the SPI's plain code and text. */
final class CloseReasons {

  /** RFC 6455 5.5: a control frame payload is at most 125 bytes, 2 of them the code. */
  private static final int MAX_REASON_BYTES = 123;

  private CloseReasons() {}

  /**
   * A close reason with the phrase cut to what fits in a close frame (Jakarta's constructor throws
   * on a longer one).
   *
   * @throws IllegalArgumentException when {@code code} is outside 1000..4999
   */
  static CloseReason of(int code, String reason) {
    if (code < 1000 || code > 4999) {
      throw new IllegalArgumentException(
          "code must be a WebSocket close code 1000..4999, got " + code);
    }
    return new CloseReason(CloseReason.CloseCodes.getCloseCode(code), fitting(reason));
  }

  static String phrase(CloseReason reason) {
    String phrase = reason.getReasonPhrase();
    return phrase == null ? "" : phrase;
  }

  private static String fitting(String reason) {
    if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
      return reason;
    }
    StringBuilder fitted = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < reason.length(); ) {
      int codePoint = reason.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > MAX_REASON_BYTES) {
        break;
      }
      fitted.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    return fitted.toString();
  }
}
