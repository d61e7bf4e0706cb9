package io.ecrhub.protocol.terminal;

import io.ecrhub.domain.model.ResponseCode;
import java.util.Objects;

/** What the terminal side does about one request: answer it, or stay silent. */
public sealed interface TerminalResponse {

  /**
   * Answer with a response code, a message and {@code biz_data} (a record of {@code
   * io.ecrhub.protocol.wire}, or {@code null} for none).
   *
   * @param binary whether the answer goes in a binary frame (UTF-8 JSON) rather than a text frame,
   *     as some terminals and the vendor's SDKs send them
   * @param deviceData the terminal's {@code device_data} (the vendor's pairing answers), or {@code
   *     null} for none
   */
  record Reply(ResponseCode code, String message, Object bizData, boolean binary, Object deviceData)
      implements TerminalResponse {
    public Reply {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    /** An answer without {@code device_data}. */
    public Reply(ResponseCode code, String message, Object bizData, boolean binary) {
      this(code, message, bizData, binary, null);
    }

    /** This answer, in a binary frame. */
    public Reply inBinaryFrame() {
      return new Reply(code, message, bizData, true, deviceData);
    }

    /** This answer with the terminal's {@code device_data}. */
    public Reply withDeviceData(Object value) {
      return new Reply(code, message, bizData, binary, value);
    }
  }

  /** Send nothing: a terminal that never answers. */
  record Silence() implements TerminalResponse {}

  /** An answer in a text frame. */
  static Reply reply(ResponseCode code, String message, Object bizData) {
    return new Reply(code, message, bizData, false);
  }

  static TerminalResponse silence() {
    return new Silence();
  }
}
