package io.ecrhub.protocol.terminal;

import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.spi.Connection;
import java.util.Objects;

/**
 * A request as the terminal side received it: the decoded envelope, and the connection it came on
 * (a handler may close it, as a terminal whose network fails would).
 */
public record TerminalRequest(InboundMessage message, Connection connection) {

  public TerminalRequest {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(connection, "connection");
  }

  /** The {@code app_id} the POS sent, empty when absent. */
  public String appId() {
    return message.appId().getOrElse("");
  }
}
