package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.protocol.spi.support.OpenConnections;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
  private final OpenConnections<SerialLink> links = new OpenConnections<>();
  private final AtomicInteger connections = new AtomicInteger();

  /** The machine's serial ports, the vendor's timings. */
  public SerialClientTransport() {
    this(new JSerialCommPorts(), SerialOptions.defaults());
  }

  /**
   * A client transport on the given ports with the given timings.
   *
   * @param ports where lines come from, e.g. a {@code PtyExchange} in tests; not null
   * @param options the link's timings; not null
   */
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
    if (links.isClosed()) {
      return CompletableFuture.failedFuture(TransportFailures.transportClosed(endpoint));
    }
    String id = "serial-" + connections.incrementAndGet();
    try {
      return CompletableFuture.supplyAsync(() -> open(endpoint, address), runtime.pool())
          .thenCompose(line -> handshake(endpoint, line, connectOptions, id, listener));
    } catch (RejectedExecutionException closedMeanwhile) {
      return CompletableFuture.failedFuture(TransportFailures.transportClosed(endpoint));
    }
  }

  /** Closes every connection ({@link CloseCodes#GOING_AWAY}) and stops this transport's threads. */
  @Override
  public void close() {
    List<SerialLink> closing = links.closeAll();
    closing.forEach(link -> link.beginShutDown(CloseCodes.GOING_AWAY, "the POS is closing"));
    closing.forEach(link -> link.awaitShutDown(options.closeTimeout().plusSeconds(1)));
    runtime.close();
  }

  private SerialLine open(URI endpoint, SerialAddress address) {
    try {
      return ports.open(address);
    } catch (IOException failed) {
      throw TransportFailures.connectRefused(
          endpoint, "cannot open serial port " + address + ": " + failed.getMessage());
    }
  }

  private CompletableFuture<Connection> handshake(
      URI endpoint,
      SerialLine line,
      ConnectOptions connectOptions,
      String id,
      ConnectionListener listener) {
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
    if (!links.add(link)) {
      link.shutDown(CloseCodes.GOING_AWAY, "the POS is closing", options.closeTimeout());
      return CompletableFuture.failedFuture(TransportFailures.transportClosed(endpoint));
    }
    return link.connecting();
  }
}
