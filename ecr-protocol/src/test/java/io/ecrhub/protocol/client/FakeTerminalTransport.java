package io.ecrhub.protocol.client;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A unit-test stand-in for a transport: the test plays the terminal, reading what the session sent
 * and delivering frames and drops on its own thread. (The real proof of the session runs over the
 * loopback and Tyrus transports in ecr-it.)
 */
final class FakeTerminalTransport implements ClientTransport {

  final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
  final List<FakeConnection> connections = new CopyOnWriteArrayList<>();
  final AtomicInteger connectAttempts = new AtomicInteger();
  volatile boolean reachable = true;

  @Override
  public boolean supports(URI endpoint) {
    return endpoint.getScheme().equals("fake");
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    connectAttempts.incrementAndGet();
    if (!reachable) {
      return CompletableFuture.failedFuture(
          new TransportException(TransportException.Kind.CONNECT_FAILED, "connection refused"));
    }
    FakeConnection connection = new FakeConnection(listener, connections.size() + 1);
    connections.add(connection);
    listener.onOpen(connection);
    return CompletableFuture.completedFuture(connection);
  }

  @Override
  public void close() {
    connections.forEach(connection -> connection.close(CloseCodes.GOING_AWAY, "transport closed"));
  }

  String nextSent() throws InterruptedException {
    String frame = sent.poll(5, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("the session sent nothing within 5 s");
    }
    return frame;
  }

  FakeConnection current() {
    return connections.get(connections.size() - 1);
  }

  final class FakeConnection implements Connection {
    private final ConnectionListener listener;
    private final int number;
    private final AtomicBoolean open = new AtomicBoolean(true);

    FakeConnection(ConnectionListener listener, int number) {
      this.listener = listener;
      this.number = number;
    }

    /** Delivers a frame from the terminal. */
    void deliver(String text) {
      listener.onText(this, text);
    }

    /** Delivers a binary frame from the terminal. */
    void deliverBinary(byte[] data) {
      listener.onBinary(this, data);
    }

    /** The terminal's side drops the connection. */
    void drop() {
      if (open.compareAndSet(true, false)) {
        listener.onClose(this, CloseCodes.ABNORMAL, "dropped");
      }
    }

    @Override
    public String id() {
      return "fake-" + number;
    }

    @Override
    public String remoteAddress() {
      return "fake:terminal";
    }

    @Override
    public boolean isOpen() {
      return open.get();
    }

    @Override
    public CompletionStage<Void> send(String text) {
      if (!open.get()) {
        return CompletableFuture.failedFuture(
            new TransportException(TransportException.Kind.NOT_OPEN, "closed"));
      }
      sent.add(text);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> sendBinary(byte[] data) {
      return send(new String(data, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close(int code, String reason) {
      if (open.compareAndSet(true, false)) {
        listener.onClose(this, code, reason);
      }
    }
  }
}
