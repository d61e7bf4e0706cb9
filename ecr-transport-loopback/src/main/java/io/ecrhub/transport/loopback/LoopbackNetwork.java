package io.ecrhub.transport.loopback;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.TransportException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An in-memory network: servers bind names, clients connect to them, and a {@link FaultPlan}
 * decides what happens to every frame on the way. It owns the threads that deliver events and
 * release delayed frames; {@link #close()} stops them.
 *
 * <pre>{@code
 * FrameRecorder wire = new FrameRecorder();
 * try (LoopbackNetwork network = LoopbackNetwork.builder().faults(plan).observer(wire).build()) {
 *   ServerBinding terminal = network.newTransport()
 *       .bind(new BindOptions("terminal", 0, 65_536), simulator).toCompletableFuture().join();
 *   ClientTransport pos = network.newTransport();
 *   pos.connect(terminal.address(), ConnectOptions.defaults(), engine);   // loopback://terminal:49152
 *   ...
 * }
 * }</pre>
 *
 * <p>Guarantees: the events of each side of a connection run one at a time and in order; each
 * direction delivers in sending order (a delayed frame holds back those behind it); connections are
 * numbered 0, 1, 2… in the order they are opened and frames 0, 1, 2… per direction, which is what
 * fault plans see. The threads are daemon threads, so a forgotten network cannot keep a JVM alive.
 */
public final class LoopbackNetwork implements AutoCloseable {

  /** Where ephemeral port numbers start (the IANA dynamic range). */
  public static final int FIRST_EPHEMERAL_PORT = 49152;

  private static final int LAST_PORT = 65535;
  private static final long CLOSE_WAIT_SECONDS = 5;
  private static final AtomicInteger NETWORKS = new AtomicInteger();

  private final String threadPrefix;
  private final FaultPlan faults;
  private final FrameObserver observer;
  private final ThreadPoolExecutor eventThreads;
  private final ScheduledThreadPoolExecutor wireThread;
  private final Map<LoopbackAddress, LoopbackBinding> bindings = new HashMap<>();
  private final Set<LoopbackConnection> liveConnections = ConcurrentHashMap.newKeySet();
  private final Set<LoopbackTransport> transports = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connectionCount = new AtomicInteger();
  private final AtomicInteger transportCount = new AtomicInteger();
  private final AtomicLong connectAttempts = new AtomicLong();
  private volatile boolean closed;

  /** A network without faults. */
  public LoopbackNetwork() {
    this(new Builder());
  }

  private LoopbackNetwork(Builder builder) {
    this.faults = builder.faults;
    this.observer = builder.observer;
    this.threadPrefix = "loopback-net" + NETWORKS.incrementAndGet() + "-";
    this.eventThreads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads(threadPrefix + "events-"));
    this.wireThread = new ScheduledThreadPoolExecutor(1, daemonThreads(threadPrefix + "wire-"));
    this.wireThread.setRemoveOnCancelPolicy(true);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A new host on this network, to connect from and to bind on. */
  public LoopbackTransport newTransport() {
    if (closed) {
      throw new IllegalStateException("this loopback network is closed");
    }
    LoopbackTransport transport =
        new LoopbackTransport(this, threadPrefix + "transport-" + transportCount.getAndIncrement());
    transports.add(transport);
    return transport;
  }

  /** The prefix of every thread this network starts, e.g. {@code loopback-net3-}. */
  public String threadNamePrefix() {
    return threadPrefix;
  }

  public boolean isClosed() {
    return closed;
  }

  /**
   * Pulls the plug: every binding is dropped, every connection broken (both sides get {@code
   * onClose} with 1006 and whatever was on the wire is lost), then the threads stop, after the last
   * {@code onClose} has run. Waits up to 5 s for them unless called from one of them. Idempotent.
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
    for (LoopbackConnection connection : List.copyOf(liveConnections)) {
      connection.abort("loopback network closed");
    }
    for (LoopbackTransport transport : List.copyOf(transports)) {
      transport.close();
    }
    wireThread.shutdownNow();
    eventThreads.shutdown();
    if (!Thread.currentThread().getName().startsWith(threadPrefix)) {
      awaitTermination();
    }
  }

  @Override
  public String toString() {
    return "LoopbackNetwork[" + threadPrefix + "faults=" + faults + "]";
  }

  FaultPlan faults() {
    return faults;
  }

  FrameObserver observer() {
    return observer;
  }

  SerialExecutor newEventQueue() {
    return new SerialExecutor(eventThreads);
  }

  /** Runs {@code task} on the wire thread after {@code delayNanos}; false once closed. */
  boolean schedule(Runnable task, long delayNanos) {
    try {
      wireThread.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
      return true;
    } catch (RejectedExecutionException networkClosed) {
      return false;
    }
  }

  CompletionStage<Connection> connect(
      LoopbackTransport client,
      LoopbackAddress address,
      ConnectOptions options,
      ConnectionListener listener) {
    ConnectAttempt attempt = new ConnectAttempt(connectAttempts.getAndIncrement(), address.uri());
    ConnectAction action =
        Objects.requireNonNull(
            faults.onConnect(attempt), () -> "the fault plan gave no action for " + attempt);
    if (action == ConnectAction.REFUSE) {
      return connectFailed(
          "connection to " + address + " refused (fault plan, attempt " + attempt.index() + ")");
    }
    if (action == ConnectAction.HANG) {
      return hang(attempt, options);
    }
    LoopbackBinding binding;
    synchronized (this) {
      binding = closed ? null : bindings.get(address);
    }
    if (binding == null) {
      return connectFailed("nothing is bound at " + address);
    }
    return binding.accept(client, options, listener);
  }

  synchronized CompletionStage<ServerBinding> bind(
      LoopbackTransport owner, BindOptions options, ConnectionAcceptor acceptor) {
    if (closed) {
      return bindFailed("cannot bind " + options.host() + ": the loopback network is closed");
    }
    String name = options.host().toLowerCase(Locale.ROOT);
    if (!LoopbackAddress.isValidName(name)) {
      return bindFailed(
          "options.host '"
              + options.host()
              + "' cannot be a loopback name: use letters, digits, '-' and '.'");
    }
    int port = options.port() == 0 ? freePort(name) : options.port();
    if (port < 0) {
      return bindFailed("no free port left for " + name);
    }
    LoopbackAddress address = new LoopbackAddress(name, port);
    if (bindings.containsKey(address)) {
      return bindFailed(address + " is already bound");
    }
    LoopbackBinding binding = new LoopbackBinding(this, owner, address, options, acceptor);
    bindings.put(address, binding);
    owner.track(binding);
    return CompletableFuture.completedFuture(binding);
  }

  synchronized void unbind(LoopbackBinding binding) {
    bindings.remove(binding.loopbackAddress(), binding);
  }

  LoopbackConnection newConnection(
      LoopbackAddress address,
      ConnectionListener clientListener,
      int clientMaxChars,
      ConnectionAcceptor acceptor,
      int serverMaxChars,
      Consumer<Endpoint> clientClosed,
      Consumer<Endpoint> serverClosed) {
    LoopbackConnection connection =
        new LoopbackConnection(
            this,
            connectionCount.getAndIncrement(),
            address,
            clientListener,
            clientMaxChars,
            acceptor,
            serverMaxChars,
            clientClosed,
            serverClosed);
    liveConnections.add(connection);
    if (closed) {
      // close() may have taken its snapshot before this connection existed.
      connection.abort("loopback network closed");
    }
    return connection;
  }

  void forget(LoopbackConnection connection) {
    liveConnections.remove(connection);
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

  private CompletionStage<Connection> hang(ConnectAttempt attempt, ConnectOptions options) {
    CompletableFuture<Connection> hung = new CompletableFuture<>();
    TransportException timeout =
        new TransportException(
            TransportException.Kind.CONNECT_TIMEOUT,
            "no connection to "
                + attempt.address()
                + " within "
                + options.connectTimeout()
                + " (fault plan, attempt "
                + attempt.index()
                + " hangs)");
    if (!schedule(() -> hung.completeExceptionally(timeout), options.connectTimeout().toNanos())) {
      return connectFailed("cannot connect to " + attempt.address() + ": the network is closed");
    }
    return hung;
  }

  private void awaitTermination() {
    try {
      wireThread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
      eventThreads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static CompletionStage<Connection> connectFailed(String message) {
    return CompletableFuture.failedFuture(
        new TransportException(TransportException.Kind.CONNECT_FAILED, message));
  }

  private static CompletionStage<ServerBinding> bindFailed(String message) {
    return CompletableFuture.failedFuture(
        new TransportException(TransportException.Kind.BIND_FAILED, message));
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link LoopbackNetwork}. */
  public static final class Builder {
    private FaultPlan faults = FaultPlan.none();
    private FrameObserver observer = FrameObserver.none();

    private Builder() {}

    /** The faults to inject; none by default. */
    public Builder faults(FaultPlan plan) {
      this.faults = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /** Who sees every frame, e.g. a {@link FrameRecorder}; nobody by default. */
    public Builder observer(FrameObserver frameObserver) {
      this.observer = Objects.requireNonNull(frameObserver, "frameObserver");
      return this;
    }

    public LoopbackNetwork build() {
      return new LoopbackNetwork(this);
    }
  }
}
