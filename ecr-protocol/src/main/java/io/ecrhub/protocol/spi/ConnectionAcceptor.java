package io.ecrhub.protocol.spi;

/** Decides what listens to each connection a server accepts. */
@FunctionalInterface
public interface ConnectionAcceptor {

  /** Called once per accepted connection, before any of its events; returns its listener. */
  ConnectionListener accept(Connection connection);
}
