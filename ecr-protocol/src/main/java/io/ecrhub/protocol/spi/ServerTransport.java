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
   */
  CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor);
}
