package io.ecrhub.protocol.spi;

import java.util.concurrent.CompletionStage;

/**
 * The terminal side of a transport: accepts connections. The simulator serves through it, and a
 * transport that supports terminal-initiated pairing would too.
 */
public interface ServerTransport {

  /**
   * Starts accepting connections on exactly the address {@link BindOptions} names — never on every
   * interface — and completes once connections are accepted.
   *
   * @param options the address, port and frame limit
   * @param acceptor gives each accepted connection its listener
   * @return the binding, to read the port from and close; fails with {@link TransportException}
   *     ({@link TransportException.Kind#BIND_FAILED}) when the address cannot be bound
   */
  CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor);
}
