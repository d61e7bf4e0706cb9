package io.ecrhub.protocol.terminal;

import io.ecrhub.domain.model.ResponseCode;
import java.util.Objects;

/** What the terminal side does about one request: answer it, or stay silent. */
public sealed interface TerminalResponse {

  /**
   * Answer with a response code, a message and {@code biz_data} (a record of {@code
   * io.ecrhub.protocol.wire}, or {@code null} for none).
   *
   * @param code the {@code response_code}, e.g. {@link ResponseCode#SUCCESS}
   * @param message the {@code response_msg}; empty, not null, for none
   * @param bizData the {@code biz_data}: a record JSON-B binds, a map, or {@code null} (the vendor
   *     dialect then sends {@code {}})
   * @param binary whether the answer goes in a binary frame (UTF-8 JSON) rather than a text frame,
   *     as some terminals and the vendor's SDKs send them
   * @param deviceData the terminal's {@code device_data} (the vendor's pairing answers), or {@code
   *     null} for none
   */
  record Reply(ResponseCode code, String message, Object bizData, boolean binary, Object deviceData)
      implements TerminalResponse {
    /**
     * Checks that code and message are there.
     *
     * @param code the {@code response_code}
     * @param message the {@code response_msg}; not null
     * @param bizData the {@code biz_data}, or {@code null}
     * @param binary whether the answer goes in a binary frame
     * @param deviceData the {@code device_data}, or {@code null}
     */
    public Reply {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    /**
     * An answer without {@code device_data}.
     *
     * @param code the {@code response_code}
     * @param message the {@code response_msg}; not null
     * @param bizData the {@code biz_data}, or {@code null}
     * @param binary whether the answer goes in a binary frame
     */
    public Reply(ResponseCode code, String message, Object bizData, boolean binary) {
      this(code, message, bizData, binary, null);
    }

    /**
     * This answer, in a binary frame.
     *
     * @return a copy; this one is unchanged
     */
    public Reply inBinaryFrame() {
      return new Reply(code, message, bizData, true, deviceData);
    }

    /**
     * This answer with the terminal's {@code device_data}.
     *
     * @param value a record JSON-B binds, a map, or {@code null} for none
     * @return a copy; this one is unchanged
     */
    public Reply withDeviceData(Object value) {
      return new Reply(code, message, bizData, binary, value);
    }
  }

  /** Send nothing: a terminal that never answers. */
  record Silence() implements TerminalResponse {}

  /**
   * An answer in a text frame.
   *
   * @param code the {@code response_code}
   * @param message the {@code response_msg}; not null
   * @param bizData the {@code biz_data}, or {@code null} for none
   * @return the answer
   */
  static Reply reply(ResponseCode code, String message, Object bizData) {
    return new Reply(code, message, bizData, false);
  }

  /**
   * No answer at all, as from a terminal that hangs: the POS sees its request time out.
   *
   * @return a new {@link Silence}
   */
  static TerminalResponse silence() {
    return new Silence();
  }
}
