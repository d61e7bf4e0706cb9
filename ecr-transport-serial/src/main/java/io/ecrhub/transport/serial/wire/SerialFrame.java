package io.ecrhub.transport.serial.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One frame of the vendor's serial framing:
 *
 * <pre>
 * 55 AA | type | ack | id | len (2 bytes, big-endian) | payload | XOR of type..payload | CC 33
 * </pre>
 *
 * <p>Facts, from the vendor's Java SDKs ({@code SerialPortPacket} in {@code
 * paycloud-open/ecrhub-client-sdk-java}, {@code SerialPortMessage} in {@code
 * codepay-us/codepay-register-sdk-java}):
 *
 * <ul>
 *   <li>The check byte is the XOR of every byte from {@code type} to the end of the payload.
 *   <li>A data frame is type {@code 00} with {@code ack} 0 and an {@code id} of 1..255 (0 is never
 *       used: codepay counts 1..255 and wraps to 1, the older paycloud SDK 1..127).
 *   <li>An ACK is type {@code 00} whose {@code ack} is the id of the data frame it acknowledges,
 *       with {@code id} 0 and no payload.
 *   <li>A heartbeat is type {@code 00} with {@code ack} 0, {@code id} 0 and no payload.
 *   <li>Handshake ({@code 01}) and handshake confirm ({@code 02}) carry no payload, {@code ack} and
 *       {@code id} 0.
 *   <li>The length field is two bytes, so one frame carries at most {@value #MAX_PAYLOAD_BYTES}
 *       payload bytes. Neither SDK splits a message over several frames (paycloud declares a {@code
 *       maxLength} of 1024 but never uses it), so one message is one frame here too.
 * </ul>
 *
 * @param type the frame type
 * @param ack the id acknowledged (0..255), 0 when the frame acknowledges nothing
 * @param id the data frame's id (1..255), 0 for a frame that carries no data
 * @param payload the payload bytes; the record keeps its own copy
 */
public record SerialFrame(FrameType type, int ack, int id, byte[] payload) {

  /** The first byte of every frame. */
  public static final int HEAD_1 = 0x55;

  /** The second byte of every frame. */
  public static final int HEAD_2 = 0xAA;

  /** The second-to-last byte of every frame. */
  public static final int TAIL_1 = 0xCC;

  /** The last byte of every frame. */
  public static final int TAIL_2 = 0x33;

  /** The largest payload the two-byte length field can announce. */
  public static final int MAX_PAYLOAD_BYTES = 0xFFFF;

  /** Head, type, ack, id and length: the bytes before the payload. */
  public static final int HEADER_BYTES = 7;

  /** Check byte and tail: the bytes after the payload. */
  public static final int TRAILER_BYTES = 3;

  /** The {@code ack} value of a {@link FrameType#CLOSE} frame that confirms a close. */
  public static final int CLOSE_CONFIRMED = 1;

  private static final byte[] EMPTY = new byte[0];

  /**
   * Checks the fields and copies the payload.
   *
   * @param type the frame type; not null
   * @param ack the id acknowledged, 0..255
   * @param id the data frame's id, 0..255
   * @param payload at most {@value #MAX_PAYLOAD_BYTES} bytes; copied, so later changes to the array
   *     do not reach the frame
   * @throws NullPointerException when {@code type} or {@code payload} is null
   * @throws IllegalArgumentException when {@code ack} or {@code id} is outside 0..255, or the
   *     payload is too long
   */
  public SerialFrame {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    if (ack < 0 || ack > 0xFF) {
      throw new IllegalArgumentException("ack must be 0..255, got " + ack);
    }
    if (id < 0 || id > 0xFF) {
      throw new IllegalArgumentException("id must be 0..255, got " + id);
    }
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException(
          "payload: "
              + payload.length
              + " bytes, but one serial frame carries at most "
              + MAX_PAYLOAD_BYTES);
    }
    payload = payload.clone();
  }

  /**
   * The POS's opening frame.
   *
   * @return a {@link FrameType#HANDSHAKE} frame with ack, id 0 and no payload
   */
  public static SerialFrame handshake() {
    return new SerialFrame(FrameType.HANDSHAKE, 0, 0, EMPTY);
  }

  /**
   * The terminal's answer to a handshake.
   *
   * @return a {@link FrameType#HANDSHAKE_CONFIRM} frame with ack, id 0 and no payload
   */
  public static SerialFrame handshakeConfirm() {
    return new SerialFrame(FrameType.HANDSHAKE_CONFIRM, 0, 0, EMPTY);
  }

  /**
   * "Still here": sent by both ends about once a second while a session is open.
   *
   * @return a {@link FrameType#COMMON} frame with ack, id 0 and no payload
   */
  public static SerialFrame heartbeat() {
    return new SerialFrame(FrameType.COMMON, 0, 0, EMPTY);
  }

  /**
   * Acknowledges the data frame {@code id}.
   *
   * @param id the id of the data frame acknowledged, 1..255
   * @return a {@link FrameType#COMMON} frame with {@code ack} = {@code id}, id 0 and no payload
   * @throws IllegalArgumentException when {@code id} is outside 1..255
   */
  public static SerialFrame ack(int id) {
    requireDataId(id);
    return new SerialFrame(FrameType.COMMON, id, 0, EMPTY);
  }

  /**
   * A data frame: one whole message.
   *
   * @param id the frame's id, 1..255; the sender counts it up and wraps from 255 to 1
   * @param payload the message bytes (UTF-8 JSON for the terminal protocol), at most {@value
   *     #MAX_PAYLOAD_BYTES}; copied
   * @return a {@link FrameType#COMMON} frame with ack 0
   * @throws IllegalArgumentException when {@code id} is outside 1..255 or the payload is too long
   */
  public static SerialFrame data(int id, byte[] payload) {
    requireDataId(id);
    return new SerialFrame(FrameType.COMMON, 0, id, payload);
  }

  /**
   * Asks the peer to close ({@code confirmed} false) or confirms the peer's close request.
   *
   * @param code the close code, as in WebSocket (e.g. 1000), 0..65535
   * @param reason the close reason, sent as UTF-8; not null, may be empty
   * @param confirmed true to confirm the peer's request, false to ask
   * @return a {@link FrameType#CLOSE} frame with the code (2 bytes, big-endian) and reason
   * @throws IllegalArgumentException when {@code code} is outside 0..65535 or the reason is longer
   *     than one frame carries
   */
  public static SerialFrame close(int code, String reason, boolean confirmed) {
    if (code < 0 || code > 0xFFFF) {
      throw new IllegalArgumentException("close code must be 0..65535, got " + code);
    }
    byte[] text = reason.getBytes(StandardCharsets.UTF_8);
    ByteBuffer payload = ByteBuffer.allocate(2 + text.length);
    payload.putShort((short) code).put(text);
    return new SerialFrame(FrameType.CLOSE, confirmed ? CLOSE_CONFIRMED : 0, 0, payload.array());
  }

  /**
   * The payload bytes.
   *
   * @return a fresh copy on every call; empty for frames without payload
   */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /**
   * How many payload bytes the frame carries, without copying them.
   *
   * @return the payload length, 0..{@value #MAX_PAYLOAD_BYTES}
   */
  public int payloadLength() {
    return payload.length;
  }

  /**
   * Whether the frame carries a message: a {@link FrameType#COMMON} frame with a non-zero id.
   *
   * @return true for a data frame, including one that also acknowledges
   */
  public boolean isData() {
    return type == FrameType.COMMON && id != 0;
  }

  /**
   * Whether the frame acknowledges a data frame (it may carry data too).
   *
   * @return true for a {@link FrameType#COMMON} frame with a non-zero {@code ack}
   */
  public boolean isAck() {
    return type == FrameType.COMMON && ack != 0;
  }

  /**
   * Whether the frame is a heartbeat: a {@link FrameType#COMMON} frame with ack and id 0.
   *
   * @return true for a heartbeat (any payload is ignored)
   */
  public boolean isHeartbeat() {
    return type == FrameType.COMMON && ack == 0 && id == 0;
  }

  /**
   * The close code of a {@link FrameType#CLOSE} frame (1005, "no code", when it has none).
   *
   * @return the code from the first two payload bytes, big-endian, or 1005
   * @throws IllegalStateException when the frame is not a close frame
   */
  public int closeCode() {
    requireClose();
    return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
  }

  /**
   * The close reason of a {@link FrameType#CLOSE} frame.
   *
   * @return the payload after the code, decoded as UTF-8 (malformed bytes replaced); empty when
   *     there is none
   * @throws IllegalStateException when the frame is not a close frame
   */
  public String closeReason() {
    requireClose();
    return payload.length > 2
        ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
        : "";
  }

  /**
   * Whether a {@link FrameType#CLOSE} frame confirms a close rather than asking for one.
   *
   * @return true for a close frame with {@code ack} {@value #CLOSE_CONFIRMED}; false for any other
   *     frame
   */
  public boolean isCloseConfirmation() {
    return type == FrameType.CLOSE && ack == CLOSE_CONFIRMED;
  }

  /**
   * The frame as the wire carries it.
   *
   * @return a new array: head, type, ack, id, length, payload, check byte and tail
   */
  public byte[] encode() {
    ByteBuffer wire = ByteBuffer.allocate(HEADER_BYTES + payload.length + TRAILER_BYTES);
    wire.put((byte) HEAD_1).put((byte) HEAD_2);
    wire.put((byte) type.code()).put((byte) ack).put((byte) id).putShort((short) payload.length);
    wire.put(payload);
    wire.put(check(wire.array(), 2, HEADER_BYTES + payload.length));
    wire.put((byte) TAIL_1).put((byte) TAIL_2);
    return wire.array();
  }

  /** The XOR of {@code bytes[from..to)}: the vendor's check byte over type..payload. */
  static byte check(byte[] bytes, int from, int to) {
    byte check = 0;
    for (int i = from; i < to; i++) {
      check ^= bytes[i];
    }
    return check;
  }

  private static void requireDataId(int id) {
    if (id < 1 || id > 0xFF) {
      throw new IllegalArgumentException("a data frame's id must be 1..255, got " + id);
    }
  }

  private void requireClose() {
    if (type != FrameType.CLOSE) {
      throw new IllegalStateException("not a close frame: " + this);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SerialFrame that
        && type == that.type
        && ack == that.ack
        && id == that.id
        && Arrays.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, ack, id, Arrays.hashCode(payload));
  }

  @Override
  public String toString() {
    return "SerialFrame["
        + type
        + ", ack="
        + ack
        + ", id="
        + id
        + ", "
        + payload.length
        + " bytes]";
  }
}
