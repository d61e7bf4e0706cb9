package io.ecrhub.protocol.client.internal;

import io.ecrhub.protocol.client.JitteredBackoff;
import io.ecrhub.protocol.client.KeepAlive;
import io.ecrhub.protocol.client.ReconnectPolicy;
import io.ecrhub.protocol.spi.ConnectOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link TerminalLink} keeps its connection.
 *
 * @param connect options for each connection attempt (connect timeout, frame limit, TLS)
 * @param reconnect the pause between attempts after a drop
 * @param keepAlive how a silent terminal is detected; empty to rely on the transport alone
 */
public record LinkOptions(
    ConnectOptions connect, ReconnectPolicy reconnect, Optional<KeepAlive> keepAlive) {

  /**
   * Checks that no option is null.
   *
   * @param connect options for each connection attempt
   * @param reconnect the pause between attempts after a drop
   * @param keepAlive how a silent terminal is detected; empty, not null, for none
   */
  public LinkOptions {
    Objects.requireNonNull(connect, "connect");
    Objects.requireNonNull(reconnect, "reconnect");
    Objects.requireNonNull(keepAlive, "keepAlive");
  }

  /**
   * The default connect options, {@link JitteredBackoff#defaults()} and {@link
   * KeepAlive#defaults()}.
   *
   * @return the defaults
   */
  public static LinkOptions defaults() {
    return new LinkOptions(
        ConnectOptions.defaults(), JitteredBackoff.defaults(), Optional.of(KeepAlive.defaults()));
  }
}
