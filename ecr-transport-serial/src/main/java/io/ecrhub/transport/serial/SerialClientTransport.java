package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The POS side of the USB/serial transport: {@code serial:/dev/ttyUSB0}, {@code serial:COM6},
 * {@code serial:auto} (see {@link SerialAddress}). One connection per port at a time; the link's
 * framing, handshake, ACKs, resends and heartbeats are the vendor's (see {@link SerialConnection}
 * and {@link io.ecrhub.transport.serial.wire.SerialFrame}).
 *
 * <p>{@link ConnectOptions#connectTimeout()} bounds the handshake: {@link Kind#CONNECT_FAILED} when
 * the port cannot be opened, {@link Kind#CONNECT_TIMEOUT} when nothing on the other end confirms
 * the handshake in time. {@link ConnectOptions#sslContext()} does not apply to a cable.
 */
public final class SerialClientTransport implements ClientTransport {

  private final SerialPorts ports;
  private final SerialOptions options;
  private final SerialRuntime runtime = new SerialRuntime("ecr-serial-client");
  private final Set<SerialLink> links = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  /** The machine's serial ports, the vendor's timings. */
  public SerialClientTransport() {
    this(new JSerialCommPorts(), SerialOptions.defaults());
  }

  public SerialClientTransport(SerialPorts ports, SerialOptions options) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public boolean supports(URI endpoint) {
    return SerialAddress.isSerial(endpoint);
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions connectOptions, ConnectionListener listener) {
    Objects.requireNonNull(connectOptions, "connectOptions");
    Objects.requireNonNull(listener, "listener");
    SerialAddress address;
    try {
      address = SerialAddress.parse(endpoint);
    } catch (IllegalArgumentException badEndpoint) {
      return CompletableFuture.failedFuture(badEndpoint);
    }
    if (closed) {
      return CompletableFuture.failedFuture(
          new TransportException(Kind.CONNECT_FAILED, "this serial transport is closed"));
    }
    String id = "serial-" + connections.incrementAndGet();
    try {
      return CompletableFuture.supplyAsync(() -> open(address), runtime.pool())
          .thenCompose(line -> handshake(line, connectOptions, id, listener));
    } catch (RejectedExecutionException closedMeanwhile) {
      return CompletableFuture.failedFuture(
          new TransportException(Kind.CONNECT_FAILED, "this serial transport is closed"));
    }
  }

  /** Closes every connection ({@link CloseCodes#GOING_AWAY}) and stops this transport's threads. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<SerialLink> closing = List.copyOf(links);
    closing.forEach(link -> link.beginShutDown(CloseCodes.GOING_AWAY, "the POS is closing"));
    closing.forEach(link -> link.awaitShutDown(options.closeTimeout().plusSeconds(1)));
    runtime.close();
  }

  private SerialLine open(SerialAddress address) {
    try {
      return ports.open(address);
    } catch (IOException failed) {
      throw new TransportException(
          Kind.CONNECT_FAILED,
          "cannot open serial port " + address + ": " + failed.getMessage(),
          failed);
    }
  }

  private CompletableFuture<Connection> handshake(
      SerialLine line, ConnectOptions connectOptions, String id, ConnectionListener listener) {
    if (closed) {
      line.close();
      return CompletableFuture.failedFuture(
          new TransportException(Kind.CONNECT_FAILED, "this serial transport is closed"));
    }
    SerialLink link =
        SerialLink.connect(
            line,
            runtime,
            options,
            connectOptions.maxFrameChars(),
            connectOptions.connectTimeout(),
            id,
            listener,
            links::remove);
    links.add(link);
    if (closed) {
      link.shutDown(CloseCodes.GOING_AWAY, "the POS is closing", options.closeTimeout());
    }
    return link.connecting();
  }
}
