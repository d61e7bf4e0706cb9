package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.support.DaemonThreads;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory network: servers bind names ({@code network.newTransport().bind(...)}), clients
 * connect to them ({@code loopback://terminal:49152}), and frames are delivered in order on the
 * network's daemon threads, which {@link #close()} stops.
 */
public final class LoopbackNetwork implements AutoCloseable {

  /** Where ephemeral port numbers start (the IANA dynamic range). */
  public static final int FIRST_EPHEMERAL_PORT = 49152;

  private static final int LAST_PORT = 65535;
  private static final long CLOSE_WAIT_SECONDS = 5;
  private static final AtomicInteger NETWORKS = new AtomicInteger();

  private final String threadPrefix;
  private final ThreadPoolExecutor eventThreads;
  private final Map<LoopbackAddress, LoopbackBinding> bindings = new HashMap<>();
  private final Set<LoopbackConnection> liveConnections = ConcurrentHashMap.newKeySet();
  private final Set<LoopbackTransport> transports = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connectionCount = new AtomicInteger();
  private final AtomicInteger transportCount = new AtomicInteger();
  private volatile boolean closed;

  /** A network without hosts; its threads start with the first event. */
  public LoopbackNetwork() {
    this.threadPrefix = "loopback-net" + NETWORKS.incrementAndGet() + "-";
    this.eventThreads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            DaemonThreads.named(threadPrefix + "events"));
  }

  /**
   * A new host on this network, to connect from and to bind on.
   *
   * @return a transport that shares this network's threads; closing it leaves the network open
   * @throws IllegalStateException when the network is closed
   */
  public LoopbackTransport newTransport() {
    if (closed) {
      throw new IllegalStateException("this loopback network is closed");
    }
    LoopbackTransport transport =
        new LoopbackTransport(this, threadPrefix + "transport-" + transportCount.getAndIncrement());
    transports.add(transport);
    return transport;
  }

  /**
   * The prefix of every thread this network starts, e.g. {@code loopback-net3-}.
   *
   * @return the prefix, unique to this network within the JVM
   */
  public String threadNamePrefix() {
    return threadPrefix;
  }

  /**
   * Pulls the plug: every binding is dropped, every connection broken (both sides get {@code
   * onClose} with 1006), then the threads stop, after the last {@code onClose} has run. Waits up to
   * 5 s for them unless called from one of them. Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      bindings.clear();
    }
    List.copyOf(liveConnections).forEach(side -> side.abort("loopback network closed"));
    List.copyOf(transports).forEach(LoopbackTransport::close);
    eventThreads.shutdown();
    if (!Thread.currentThread().getName().startsWith(threadPrefix)) {
      try {
        eventThreads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  Executor eventThreads() {
    return eventThreads;
  }

  int nextConnectionNumber() {
    return connectionCount.getAndIncrement();
  }

  CompletionStage<Connection> connect(
      LoopbackTransport client,
      LoopbackAddress address,
      ConnectOptions options,
      ConnectionListener listener) {
    LoopbackBinding binding;
    synchronized (this) {
      binding = closed ? null : bindings.get(address);
    }
    if (binding == null) {
      return CompletableFuture.failedFuture(
          TransportFailures.connectRefused(address.uri(), "nothing is bound there"));
    }
    return binding.accept(client, options, listener);
  }

  synchronized CompletionStage<ServerBinding> bind(
      LoopbackTransport owner, BindOptions options, ConnectionAcceptor acceptor) {
    String name = options.host().toLowerCase(Locale.ROOT);
    String why = null;
    int port = options.port() == 0 ? freePort(name) : options.port();
    LoopbackAddress address = new LoopbackAddress(name, Math.max(port, 1));
    if (closed) {
      why = "the loopback network is closed";
    } else if (!LoopbackAddress.isValidName(name)) {
      why = "options.host cannot be a loopback name: use letters, digits, '-' and '.'";
    } else if (port < 0) {
      why = "no free port left for " + name;
    } else if (bindings.containsKey(address)) {
      why = address + " is already bound";
    }
    if (why != null) {
      return CompletableFuture.failedFuture(
          TransportFailures.bindFailed(options.host(), options.port(), why, null));
    }
    LoopbackBinding binding = new LoopbackBinding(this, owner, address, options, acceptor);
    bindings.put(address, binding);
    owner.track(binding);
    return CompletableFuture.completedFuture(binding);
  }

  synchronized void unbind(LoopbackBinding binding) {
    bindings.remove(binding.loopbackAddress(), binding);
  }

  void track(LoopbackConnection clientSide) {
    liveConnections.add(clientSide);
    if (closed) {
      // close() may have taken its snapshot before this connection existed.
      clientSide.abort("loopback network closed");
    }
  }

  void forget(LoopbackConnection clientSide) {
    liveConnections.remove(clientSide);
  }

  void forget(LoopbackTransport transport) {
    transports.remove(transport);
  }

  private int freePort(String name) {
    for (int port = FIRST_EPHEMERAL_PORT; port <= LAST_PORT; port++) {
      if (!bindings.containsKey(new LoopbackAddress(name, port))) {
        return port;
      }
    }
    return -1;
  }
}
