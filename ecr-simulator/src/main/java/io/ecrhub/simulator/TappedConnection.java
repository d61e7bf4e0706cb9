package io.ecrhub.simulator;

import io.ecrhub.protocol.spi.Connection;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * A connection of the simulator whose outgoing frames are written to the {@link WireLog} as they
 * are handed to the transport. Everything else is the transport's connection's own.
 */
final class TappedConnection implements Connection {

  private final Connection connection;
  private final WireLog log;

  TappedConnection(Connection connection, WireLog log) {
    this.connection = connection;
    this.log = log;
  }

  @Override
  public String id() {
    return connection.id();
  }

  @Override
  public String remoteAddress() {
    return connection.remoteAddress();
  }

  @Override
  public boolean isOpen() {
    return connection.isOpen();
  }

  @Override
  public CompletionStage<Void> send(String text) {
    log.record(connection.id(), WireEvent.Kind.SENT, text, false);
    return connection.send(text);
  }

  @Override
  public CompletionStage<Void> sendBinary(byte[] data) {
    log.record(
        connection.id(), WireEvent.Kind.SENT, new String(data, StandardCharsets.UTF_8), true);
    return connection.sendBinary(data);
  }

  @Override
  public void close(int code, String reason) {
    connection.close(code, reason);
  }

  @Override
  public boolean supportsPing() {
    return connection.supportsPing();
  }

  @Override
  public CompletionStage<Void> ping() {
    return connection.ping();
  }
}
