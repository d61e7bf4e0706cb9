package io.ecrhub.transport.jdk;

import io.ecrhub.protocol.spi.support.CloseStatus;

/**
 * The close codes the JDK's WebSocket client may send. It refuses 1002, 1003, 1007, 1009, 1010 and
 * 1012–1014 ({@code StatusCodes.isLegalToSendFromClient} in {@code java.net.http}); such a close
 * goes out as 1008 (policy violation) with the real code at the start of the reason.
 */
final class JdkCloseCodes {

  /** RFC 6455 7.4.1: the message broke the receiver's policy; what the JDK lets a client send. */
  static final int POLICY_VIOLATION = 1008;

  private JdkCloseCodes() {}

  /** What goes into the close frame for a close with {@code code} and {@code reason}. */
  static CloseStatus onTheWire(int code, String reason) {
    return sendable(code)
        ? CloseStatus.of(code, reason)
        : CloseStatus.of(POLICY_VIOLATION, "(" + code + ") " + reason);
  }

  static boolean sendable(int code) {
    return switch (code) {
      case 1002, 1003, 1007, 1009, 1010, 1012, 1013, 1014 -> false;
      default -> true;
    };
  }
}
