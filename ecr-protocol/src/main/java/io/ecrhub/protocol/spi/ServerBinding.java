package io.ecrhub.protocol.spi;

import java.net.URI;

/** A server that accepts connections until closed. */
public interface ServerBinding extends AutoCloseable {

  /**
   * The address clients connect to, with the real port: {@code ws://127.0.0.1:35779}.
   *
   * @return the address, valid until {@link #close()}
   */
  URI address();

  /**
   * The port actually bound (the ephemeral one when 0 was asked for).
   *
   * @return the port of {@link #address()}
   */
  default int port() {
    return address().getPort();
  }

  /** Stops accepting, closes every accepted connection ({@link CloseCodes#GOING_AWAY}). */
  @Override
  void close();
}
