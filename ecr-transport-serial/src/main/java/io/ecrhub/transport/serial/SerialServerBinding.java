package io.ecrhub.transport.serial;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.support.OpenConnections;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The lines one {@link SerialServerTransport#bind} serves. */
final class SerialServerBinding implements ServerBinding {

  private static final System.Logger LOG = System.getLogger(SerialServerBinding.class.getName());

  private final SerialAddress address;
  private final SerialRuntime runtime;
  private final SerialOptions options;
  private final int maxFrameChars;
  private final ConnectionAcceptor acceptor;
  private final OpenConnections<SerialLink> links = new OpenConnections<>();
  private final AtomicInteger lines = new AtomicInteger();
  private final Consumer<SerialServerBinding> whenClosed;
  private AutoCloseable source;

  SerialServerBinding(
      SerialAddress address,
      SerialRuntime runtime,
      SerialOptions options,
      int maxFrameChars,
      ConnectionAcceptor acceptor,
      Consumer<SerialServerBinding> whenClosed) {
    this.address = address;
    this.runtime = runtime;
    this.options = options;
    this.maxFrameChars = maxFrameChars;
    this.acceptor = acceptor;
    this.whenClosed = whenClosed;
  }

  synchronized void startServing(AutoCloseable lineSource) {
    this.source = lineSource;
  }

  /** Serves one more line (a real port's only one, or a test exchange's next). */
  void serve(SerialLine line) {
    if (links.isClosed()) {
      line.close();
      return;
    }
    SerialLink link =
        SerialLink.serve(
            line,
            runtime,
            options,
            maxFrameChars,
            "terminal-" + lines.incrementAndGet(),
            acceptor,
            links::remove);
    if (!links.add(link)) {
      link.shutDown(CloseCodes.GOING_AWAY, "the terminal is shutting down", options.closeTimeout());
    }
  }

  @Override
  public URI address() {
    return address.uri();
  }

  /** Serial ports have no port number: -1. */
  @Override
  public int port() {
    return -1;
  }

  @Override
  public void close() {
    AutoCloseable stopSource;
    synchronized (this) {
      stopSource = source;
      source = null;
    }
    if (stopSource != null) {
      try {
        stopSource.close();
      } catch (Exception failed) {
        LOG.log(System.Logger.Level.DEBUG, "stopping the line source of " + address, failed);
      }
    }
    List<SerialLink> closing = links.closeAll();
    closing.forEach(
        link -> link.beginShutDown(CloseCodes.GOING_AWAY, "the terminal is shutting down"));
    closing.forEach(link -> link.awaitShutDown(options.closeTimeout().plusSeconds(1)));
    whenClosed.accept(this);
  }
}
