package io.ecrhub.transport.jdk;

import java.nio.charset.StandardCharsets;

/** Cuts a close reason to what a close frame carries (the JDK throws on a longer one). */
final class CloseReasonFit {

  /** RFC 6455 5.5: a control frame payload is at most 125 bytes, 2 of them the code. */
  static final int MAX_REASON_BYTES = 123;

  /** RFC 6455 7.4.1: the message broke the receiver's policy; what the JDK lets a client send. */
  static final int POLICY_VIOLATION = 1008;

  private CloseReasonFit() {}

  /**
   * Whether the JDK's WebSocket client sends {@code code}: it refuses 1002, 1003, 1007, 1009, 1010,
   * 1012–1014 and anything outside 1000..4999 ({@code StatusCodes.isLegalToSendFromClient}).
   */
  static boolean sendableByJdkClient(int code) {
    return switch (code) {
      case 1002, 1003, 1007, 1009, 1010, 1012, 1013, 1014 -> false;
      default ->
          code >= 1000
              && code <= 4999
              && code != 1004
              && code != 1005
              && code != 1006
              && code != 1015;
    };
  }

  static String fit(String reason) {
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
