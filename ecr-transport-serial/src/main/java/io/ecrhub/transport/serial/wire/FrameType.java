package io.ecrhub.transport.serial.wire;

/**
 * The {@code type} byte of a serial frame.
 *
 * <p>Source: the vendor's Java SDKs, {@code SerialPortPacket} in {@code
 * paycloud-open/ecrhub-client-sdk-java} and {@code SerialPortMessage} in {@code
 * codepay-us/codepay-register-sdk-java}: {@code 00} common, {@code 01} handshake, {@code 02}
 * handshake confirm. Both SDKs ignore every other type ({@code SerialPortEngine}'s "Other message,
 * ignore" branch), which is what makes {@link #CLOSE} safe to send to a vendor terminal.
 */
public enum FrameType {
  /** Data, ACK and heartbeat frames, told apart by their {@code ack} and {@code id} bytes. */
  COMMON(0x00),
  /** Sent by the POS until the terminal confirms; empty payload, ack and id 0. */
  HANDSHAKE(0x01),
  /** The terminal's answer to {@link #HANDSHAKE}; empty payload, ack and id 0. */
  HANDSHAKE_CONFIRM(0x02),
  /**
   * This SDK's own extension, unknown to the vendor: a close notice carrying a close code (2 bytes,
   * big-endian) and a UTF-8 reason, so that both ends of a link report the same close code. {@code
   * ack} 0 asks to close, {@code ack} 1 confirms a close; a confirmation is never answered. The
   * vendor's SDKs ignore the type, so a vendor peer simply never confirms.
   */
  CLOSE(0x03);

  private final int code;

  FrameType(int code) {
    this.code = code;
  }

  /**
   * The byte on the wire.
   *
   * @return the type code, 0..255
   */
  public int code() {
    return code;
  }

  /** The type of a wire byte, or {@code null} when the byte names no known type. */
  static FrameType ofCode(int code) {
    for (FrameType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    return null;
  }
}
