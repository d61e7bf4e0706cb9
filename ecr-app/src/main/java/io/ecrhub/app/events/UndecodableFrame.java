package io.ecrhub.app.events;

import java.util.Objects;

/**
 * The terminal sent a frame that could not be read — not JSON, not the protocol, or binary bytes
 * that are not UTF-8. The connection goes on; a count that climbs means a terminal speaking another
 * dialect.
 *
 * @param terminal the terminal, as the client names it
 * @param description why it could not be read, with a truncated and escaped copy of the frame
 */
public record UndecodableFrame(String terminal, String description) {

  /**
   * Checks that both components are present.
   *
   * @param terminal the terminal, as the client names it
   * @param description why the frame could not be read
   * @throws NullPointerException if either is null
   */
  public UndecodableFrame {
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(description, "description");
  }
}
