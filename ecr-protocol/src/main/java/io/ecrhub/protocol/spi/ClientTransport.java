package io.ecrhub.protocol.spi;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * The POS side of a transport: opens connections to a terminal. One instance may hold many
 * connections and owns the threads that serve them; {@link #close()} releases those threads so that
 * a command-line process can exit.
 */
public interface ClientTransport extends AutoCloseable {

  /**
   * Whether this transport can reach {@code endpoint} (by its scheme, e.g. {@code ws}).
   *
   * @param endpoint the terminal's address
   * @return true when {@link #connect} may be called with it
   */
  boolean supports(URI endpoint);

  /**
   * Opens a connection. The stage completes when the connection is open ({@code onOpen} has been
   * delivered) and fails with {@link TransportException} — {@link
   * TransportException.Kind#CONNECT_TIMEOUT} after {@link ConnectOptions#connectTimeout()}, {@link
   * TransportException.Kind#CONNECT_FAILED} when refused or unreachable.
   *
   * @param endpoint the terminal's address, of a scheme this transport {@link #supports}
   * @param options connect timeout, frame limit and TLS trust
   * @param listener receives the connection's events, from {@code onOpen} to {@code onClose}
   * @return the open connection
   */
  CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener);

  /** Closes every connection of this transport and stops its threads. */
  @Override
  void close();
}
