package io.ecrhub.it.contract;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * A client transport that forwards to a working one but breaks one promise of the SPI, so that a
 * test can show the contract kit notices.
 */
final class BrokenClientTransport implements ClientTransport {

  /** Which promise is broken. */
  enum Breakage {
    NONE,
    LOSES_THE_CLOSE_REASON,
    SENDS_AFTER_CLOSE_WITHOUT_FAILING,
    DELIVERS_ON_CLOSE_TWICE,
    SWAPS_EACH_PAIR_OF_FRAMES,
    IGNORES_ITS_FRAME_LIMIT,
    LEAVES_A_THREAD_RUNNING
  }

  private final ClientTransport delegate;
  private final Breakage breakage;
  private final CountDownLatch leakedThreadMayEnd;

  BrokenClientTransport(
      ClientTransport delegate, Breakage breakage, CountDownLatch leakedThreadMayEnd) {
    this.delegate = delegate;
    this.breakage = breakage;
    this.leakedThreadMayEnd = leakedThreadMayEnd;
    if (breakage == Breakage.LEAVES_A_THREAD_RUNNING) {
      Thread leaked = new Thread(this::waitUntilReleased, "broken-transport-leaked-thread");
      leaked.setDaemon(false);
      leaked.start();
    }
  }

  @Override
  public boolean supports(URI endpoint) {
    return delegate.supports(endpoint);
  }

  @Override
  public CompletionStage<Connection> connect(
      URI endpoint, ConnectOptions options, ConnectionListener listener) {
    ConnectOptions effective =
        breakage == Breakage.IGNORES_ITS_FRAME_LIMIT
            ? options.withMaxFrameChars(options.maxFrameChars() * 4)
            : options;
    ForwardingListener forwarding = new ForwardingListener(listener);
    return delegate.connect(endpoint, effective, forwarding).thenApply(forwarding::wrap);
  }

  @Override
  public void close() {
    delegate.close();
  }

  private void waitUntilReleased() {
    try {
      leakedThreadMayEnd.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands the broken connection to the listener instead of the working one. */
  private final class ForwardingListener implements ConnectionListener {
    private final ConnectionListener listener;
    private BrokenConnection wrapper;

    ForwardingListener(ConnectionListener listener) {
      this.listener = listener;
    }

    synchronized Connection wrap(Connection connection) {
      if (wrapper == null) {
        wrapper = new BrokenConnection(connection);
      }
      return wrapper;
    }

    @Override
    public void onOpen(Connection connection) {
      listener.onOpen(wrap(connection));
    }

    @Override
    public void onText(Connection connection, String text) {
      listener.onText(wrap(connection), text);
    }

    @Override
    public void onPong(Connection connection) {
      listener.onPong(wrap(connection));
    }

    @Override
    public void onClose(Connection connection, int code, String reason) {
      listener.onClose(wrap(connection), code, reason);
      if (breakage == Breakage.DELIVERS_ON_CLOSE_TWICE) {
        listener.onClose(wrap(connection), code, reason);
      }
    }

    @Override
    public void onError(Connection connection, Throwable error) {
      listener.onError(wrap(connection), error);
    }
  }

  private final class BrokenConnection implements Connection {
    private final Connection delegate;
    private String heldBack;

    BrokenConnection(Connection delegate) {
      this.delegate = delegate;
    }

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public String remoteAddress() {
      return delegate.remoteAddress();
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    @Override
    public synchronized CompletionStage<Void> send(String text) {
      if (breakage == Breakage.SENDS_AFTER_CLOSE_WITHOUT_FAILING && !delegate.isOpen()) {
        return CompletableFuture.completedFuture(null);
      }
      if (breakage == Breakage.SWAPS_EACH_PAIR_OF_FRAMES) {
        if (heldBack == null) {
          heldBack = text;
          return CompletableFuture.completedFuture(null);
        }
        CompletionStage<Void> sent = delegate.send(text);
        delegate.send(heldBack);
        heldBack = null;
        return sent;
      }
      return delegate.send(text);
    }

    @Override
    public void close(int code, String reason) {
      delegate.close(code, breakage == Breakage.LOSES_THE_CLOSE_REASON ? "" : reason);
    }

    @Override
    public boolean supportsPing() {
      return delegate.supportsPing();
    }

    @Override
    public CompletionStage<Void> ping() {
      return delegate.ping();
    }
  }
}
