package io.ecrhub.protocol.terminal;

import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.spi.Connection;
import java.util.Objects;

/**
 * A request as the terminal side received it: the decoded envelope, and the connection it came on
 * (a handler may close it, as a terminal whose network fails would).
 *
 * @param message the decoded request, after {@link TerminalHandler#interpret(TerminalRequest)} when
 *     the handler sees it
 * @param connection the connection the request came on, where the answer goes
 */
public record TerminalRequest(InboundMessage message, Connection connection) {

  /**
   * Checks that neither component is null.
   *
   * @param message the decoded request
   * @param connection the connection it came on
   */
  public TerminalRequest {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(connection, "connection");
  }

  /**
   * The {@code app_id} the POS sent, empty when absent.
   *
   * @return the app id, or an empty string
   */
  public String appId() {
    return message.appId().getOrElse("");
  }
}
