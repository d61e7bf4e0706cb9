package io.ecrhub.protocol.spi.support;

import io.ecrhub.protocol.spi.CloseCodes;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A close code and reason as they may travel in a close frame: the code within the range a peer may
 * send, the reason cut to what fits. Transports build their library's close object from it, so that
 * every transport refuses the same codes and shortens reasons the same way.
 *
 * <p>The codes a close frame may carry are those RFC 6455 (section 7.4) and the IANA registry give
 * a meaning, and the ranges left to libraries and applications: 1000–1003, 1007–1014 and 3000–4999.
 * The others are refused, because a peer that follows the RFC fails the connection on them: 1004,
 * 1005, 1006 and 1015 are reserved for reporting, never for sending ({@link CloseCodes#ABNORMAL} is
 * what a transport reports when there was no close frame), and the rest of 1000–2999 is reserved
 * for the protocol's future.
 *
 * @param code a {@link CloseCodes} value other than {@link CloseCodes#ABNORMAL}, or another code a
 *     close frame may carry
 * @param reason at most {@link #MAX_REASON_BYTES} bytes of UTF-8
 */
public record CloseStatus(int code, String reason) {

  /** RFC 6455 5.5: a control frame's payload is at most 125 bytes, 2 of them the code. */
  public static final int MAX_REASON_BYTES = 123;

  private static final int FIRST_CODE = 1000;
  private static final int LAST_CODE = 4999;
  private static final int FIRST_REGISTERED_CODE = 3000;

  /**
   * Checks the code and the reason's length, naming what is wrong.
   *
   * @param code a close code a close frame may carry: 1000–1003, 1007–1014 or 3000–4999
   * @param reason at most {@link #MAX_REASON_BYTES} bytes of UTF-8; not null
   * @throws IllegalArgumentException when the code may not be sent or the reason is too long
   */
  public CloseStatus {
    if (code < FIRST_CODE || code > LAST_CODE) {
      throw new IllegalArgumentException(
          "code must be a close code " + FIRST_CODE + ".." + LAST_CODE + ", got " + code);
    }
    if (!sendable(code)) {
      throw new IllegalArgumentException(
          "code "
              + code
              + " may not be sent in a close frame (RFC 6455, section 7.4): use 1000-1003,"
              + " 1007-1014 or 3000-4999");
    }
    Objects.requireNonNull(reason, "reason");
    if (reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
      throw new IllegalArgumentException(
          "reason must be at most " + MAX_REASON_BYTES + " bytes of UTF-8: " + reason);
    }
  }

  /**
   * The status for {@code Connection.close(code, reason)}: the reason is cut, at a character
   * boundary, to what fits in a close frame; a null reason becomes empty.
   *
   * @param code a close code a close frame may carry: 1000–1003, 1007–1014 or 3000–4999
   * @param reason any reason, or null
   * @return the status to send
   * @throws IllegalArgumentException when {@code code} may not be sent
   */
  public static CloseStatus of(int code, String reason) {
    return new CloseStatus(code, fitting(reason == null ? "" : reason));
  }

  /**
   * A close because a frame was over the limit; {@code why} as {@link FrameLimit} words it.
   *
   * @param why the reason, cut to fit
   * @return a {@link CloseCodes#TOO_BIG} status
   */
  public static CloseStatus tooBig(String why) {
    return of(CloseCodes.TOO_BIG, why);
  }

  /**
   * Whether a close frame may carry {@code code}.
   *
   * @param code any number
   * @return true for 1000–1003, 1007–1014 and 3000–4999
   */
  public static boolean sendable(int code) {
    if (code >= FIRST_REGISTERED_CODE) {
      return code <= LAST_CODE;
    }
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
  }

  private static String fitting(String reason) {
    if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
      return reason;
    }
    StringBuilder fitted = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < reason.length(); ) {
      int codePoint = reason.codePointAt(i);
      int size = utf8Length(codePoint);
      if (bytes + size > MAX_REASON_BYTES) {
        break;
      }
      fitted.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    return fitted.toString();
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
