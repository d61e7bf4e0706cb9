package io.ecrhub.protocol.spi;

/** Decides what listens to each connection a server accepts. */
@FunctionalInterface
public interface ConnectionAcceptor {

  /**
   * Called once per accepted connection, before any of its events; returns its listener.
   *
   * @param connection the connection just accepted
   * @return the listener that receives all of its events, {@code onOpen} first
   */
  ConnectionListener accept(Connection connection);
}
