package io.ecrhub.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A POS connected to the simulator now.
 *
 * @param id the connection, as the transport names it (also {@link ScreenOrder#connectionId()})
 * @param remoteAddress where it comes from, e.g. {@code 127.0.0.1:53122}
 * @param openedAt when it connected, by the simulator's clock
 */
public record PosConnection(String id, String remoteAddress, Instant openedAt) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param id the connection, as the transport names it (also {@link ScreenOrder#connectionId()})
   * @param remoteAddress where it comes from, e.g. {@code 127.0.0.1:53122}
   * @param openedAt when it connected, by the simulator's clock
   */
  public PosConnection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
    Objects.requireNonNull(openedAt, "openedAt");
  }
}
