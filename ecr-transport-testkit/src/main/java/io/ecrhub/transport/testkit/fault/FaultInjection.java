package io.ecrhub.transport.testkit.fault;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.protocol.spi.support.TransportFailures;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fault injection around any transport: decorates a {@link ClientTransport} or a {@link
 * ServerTransport} so that a {@link FaultPlan} decides what happens to every frame, connect attempt
 * and ping, in both directions, while the wrapped transport carries whatever is left.
 *
 * <pre>{@code
 * FrameRecorder wire = new FrameRecorder();
 * FaultInjection faults = FaultInjection.of(
 *     ScriptedFaults.builder().when(serverToClient().and(index(0))).drop().build(), wire);
 * ServerTransport terminalSide = faults.server(new TyrusServerTransport());   // or loopback, or yours
 * ClientTransport posSide = faults.client(new TyrusClientTransport());
 * }</pre>
 *
 * <p>Decorate one end and the plan applies at that end: frames that end sends are faulted before
 * they enter the wrapped transport, frames it receives as they leave it; both carry the direction
 * they travel, so a plan reads the same whichever end applies it. Connect faults apply at the
 * client end, swallowed pongs to pings the decorated end sends. Decorate both ends only with plans
 * that do not overlap, or a frame meets the plan twice.
 *
 * <p>The connections of every transport decorated by one instance are numbered together, 0, 1, 2…
 * in the order they open, and connect attempts likewise, as a {@link FaultPlan} sees them; frames
 * are numbered per direction of each connection. So a seeded {@link RandomFaults} sees the same
 * numbers on every run of a sequential test.
 *
 * <p>What the faults do, as a network would: a {@link FaultAction.Delay} holds back everything
 * behind it on its direction, the close included; {@link FaultAction.Disconnect} closes the
 * connection with {@link io.ecrhub.protocol.spi.CloseCodes#GOING_AWAY} (a decorator cannot forge a
 * reset) and loses what waits behind a delay. Binary frames are not faulted; they keep their place
 * in the order. Delays run on the JDK's shared delay scheduler, so a decorator owns no thread.
 */
public final class FaultInjection {

  private final FaultPlan plan;
  private final FrameObserver observer;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong connectAttempts = new AtomicLong();

  private FaultInjection(FaultPlan plan, FrameObserver observer) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * Faults by {@code plan}, seen by nobody.
   *
   * @param plan decides every fault; not null
   * @return a new instance, with its own connection and attempt numbering from 0
   */
  public static FaultInjection of(FaultPlan plan) {
    return new FaultInjection(plan, FrameObserver.none());
  }

  /**
   * Faults by {@code plan}; {@code observer} sees every frame and what became of it.
   *
   * @param plan decides every fault; not null
   * @param observer sees every frame, e.g. a {@link FrameRecorder}; not null
   * @return a new instance, with its own connection and attempt numbering from 0
   */
  public static FaultInjection of(FaultPlan plan, FrameObserver observer) {
    return new FaultInjection(plan, observer);
  }

  /**
   * {@code transport} with the faults applied at the client's end. Closing the result closes {@code
   * transport}.
   *
   * @param transport the transport that carries what the faults leave; not null
   * @return the decorated transport
   */
  public ClientTransport client(ClientTransport transport) {
    return new FaultyClientTransport(Objects.requireNonNull(transport, "transport"));
  }

  /**
   * {@code transport} with the faults applied at the server's end. The result is {@link
   * AutoCloseable}; closing it closes {@code transport} if that is closeable.
   *
   * @param transport the transport that carries what the faults leave; not null
   * @return the decorated transport
   */
  public ServerTransport server(ServerTransport transport) {
    return new FaultyServerTransport(Objects.requireNonNull(transport, "transport"));
  }

  FaultPlan plan() {
    return plan;
  }

  FrameObserver observer() {
    return observer;
  }

  int nextConnectionNumber() {
    return connections.getAndIncrement();
  }

  /** The plan's action for {@code frame}, shown to the observer. */
  FaultAction decide(Frame frame) {
    FaultAction action =
        Objects.requireNonNull(
            plan.onFrame(frame), () -> "the fault plan gave no action for " + frame);
    observer.onSent(frame, action);
    return action;
  }

  /** The client end: connect faults, then faulty connections. */
  private final class FaultyClientTransport implements ClientTransport {
    private final ClientTransport delegate;

    FaultyClientTransport(ClientTransport delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean supports(URI endpoint) {
      return delegate.supports(endpoint);
    }

    @Override
    public CompletionStage<Connection> connect(
        URI endpoint, ConnectOptions options, ConnectionListener listener) {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(options, "options");
      ConnectAttempt attempt = new ConnectAttempt(connectAttempts.getAndIncrement(), endpoint);
      ConnectAction action =
          Objects.requireNonNull(
              plan.onConnect(attempt), () -> "the fault plan gave no action for " + attempt);
      if (action == ConnectAction.REFUSE) {
        return CompletableFuture.failedFuture(
            TransportFailures.connectRefused(
                endpoint, "refused by the fault plan (attempt " + attempt.index() + ")"));
      }
      if (action == ConnectAction.HANG) {
        CompletableFuture<Connection> hung = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(options.connectTimeout().toNanos(), TimeUnit.NANOSECONDS)
            .execute(
                () ->
                    hung.completeExceptionally(TransportFailures.connectTimedOut(endpoint, null)));
        return hung;
      }
      FaultyListener faulty =
          new FaultyListener(
              FaultInjection.this, listener, Direction.SERVER_TO_CLIENT, () -> endpoint);
      return delegate.connect(endpoint, options, faulty).thenApply(raw -> faulty.connection());
    }

    @Override
    public void close() {
      delegate.close();
    }

    @Override
    public String toString() {
      return "FaultInjection.client[" + delegate + "]";
    }
  }

  /** The server end: every accepted connection is a faulty one. */
  private final class FaultyServerTransport implements ServerTransport, AutoCloseable {
    private final ServerTransport delegate;

    FaultyServerTransport(ServerTransport delegate) {
      this.delegate = delegate;
    }

    @Override
    public CompletionStage<ServerBinding> bind(BindOptions options, ConnectionAcceptor acceptor) {
      Objects.requireNonNull(acceptor, "acceptor");
      // Known once bound; no connection is accepted before that.
      AtomicReference<URI> address = new AtomicReference<>();
      return delegate
          .bind(
              options,
              raw -> {
                FaultyListener faulty =
                    new FaultyListener(
                        FaultInjection.this, null, Direction.CLIENT_TO_SERVER, address::get);
                faulty.attach(raw);
                return faulty.listeningWith(acceptor.accept(faulty.connection()));
              })
          .thenApply(
              binding -> {
                address.set(binding.address());
                return binding;
              });
    }

    /** Closes the wrapped transport when it can be closed. */
    @Override
    public void close() {
      if (delegate instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (RuntimeException failure) {
          throw failure;
        } catch (Exception failure) {
          throw new IllegalStateException("closing " + delegate + " failed", failure);
        }
      }
    }

    @Override
    public String toString() {
      return "FaultInjection.server[" + delegate + "]";
    }
  }
}
