package io.ecrhub.protocol.terminal;

import io.ecrhub.domain.model.ResponseCode;
import java.util.Objects;

/** What the terminal side does about one request: answer it, or stay silent. */
public sealed interface TerminalResponse {

  /**
   * Answer with a response code, a message and {@code biz_data} (a record of {@code
   * io.ecrhub.protocol.wire}, or {@code null} for none).
   */
  record Reply(ResponseCode code, String message, Object bizData) implements TerminalResponse {
    public Reply {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Send nothing: a terminal that never answers. */
  record Silence() implements TerminalResponse {}

  static TerminalResponse reply(ResponseCode code, String message, Object bizData) {
    return new Reply(code, message, bizData);
  }

  static TerminalResponse silence() {
    return new Silence();
  }
}
