package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terminal side of the USB/serial transport: serves sessions over a serial port, so that the
 * simulator can stand in for a terminal on the other end of a cable (or of a pseudo-terminal).
 *
 * <p>{@link BindOptions#host()} names the port: {@code new BindOptions("/dev/ttyUSB1", 0, limit)}
 * serves {@code /dev/ttyUSB1} and the binding's {@link ServerBinding#address()} is {@code
 * serial:/dev/ttyUSB1}; the port number is not used. A port carries one session at a time; when it
 * ends the port waits for the next handshake.
 */
public final class SerialServerTransport implements ServerTransport, AutoCloseable {

  private final SerialPorts ports;
  private final SerialOptions options;
  private final SerialRuntime runtime = new SerialRuntime("ecr-serial-terminal");
  private final Set<SerialServerBinding> bindings = ConcurrentHashMap.newKeySet();

  /** The machine's serial ports, the vendor's timings. */
  public SerialServerTransport() {
    this(new JSerialCommPorts(), SerialOptions.defaults());
  }

  /**
   * A server transport on the given ports with the given timings.
   *
   * @param ports where lines come from, e.g. a {@code PtyExchange} in tests; not null
   * @param options the link's timings; not null
   */
  public SerialServerTransport(SerialPorts ports, SerialOptions options) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public CompletionStage<ServerBinding> bind(BindOptions bindOptions, ConnectionAcceptor acceptor) {
    Objects.requireNonNull(bindOptions, "bindOptions");
    Objects.requireNonNull(acceptor, "acceptor");
    SerialAddress address;
    try {
      address = SerialAddress.parse(URI.create(SerialAddress.SCHEME + ":" + bindOptions.host()));
    } catch (IllegalArgumentException badHost) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("host: " + badHost.getMessage(), badHost));
    }
    SerialServerBinding binding =
        new SerialServerBinding(
            address, runtime, options, bindOptions.maxFrameChars(), acceptor, bindings::remove);
    try {
      binding.startServing(ports.serve(address, binding::serve));
    } catch (IOException | RuntimeException failed) {
      binding.close();
      return CompletableFuture.failedFuture(
          TransportFailures.bindFailed(
              address.toString(), bindOptions.port(), failed.getMessage(), failed));
    }
    bindings.add(binding);
    return CompletableFuture.completedFuture(binding);
  }

  /** Closes every binding and stops this transport's threads. */
  @Override
  public void close() {
    List.copyOf(bindings).forEach(SerialServerBinding::close);
    runtime.close();
  }

  /** The bindings not closed yet: a closed binding is forgotten, however many come and go. */
  int openBindings() {
    return bindings.size();
  }
}
