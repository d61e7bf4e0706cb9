package io.ecrhub.transport.testkit;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.support.CloseStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * A client transport that forwards to a working one but breaks one promise of the SPI, so that a
 * test can show the contract kit notices.
 */
final class BrokenClientTransport extends ForwardingClientTransport {

  /** Which promise is broken. */
  enum Breakage {
    NONE,
    LOSES_THE_CLOSE_REASON,
    SENDS_AFTER_CLOSE_WITHOUT_FAILING,
    DELIVERS_ON_CLOSE_TWICE,
    SWAPS_EACH_PAIR_OF_FRAMES,
    IGNORES_ITS_FRAME_LIMIT,
    LEAVES_A_THREAD_RUNNING,
    /** Closes normally when asked to close with a code no close frame may carry. */
    SWALLOWS_A_FORBIDDEN_CLOSE_CODE
  }

  private final Breakage breakage;
  private final CountDownLatch leakedThreadMayEnd;

  BrokenClientTransport(
      ClientTransport delegate, Breakage breakage, CountDownLatch leakedThreadMayEnd) {
    super(delegate);
    this.breakage = breakage;
    this.leakedThreadMayEnd = leakedThreadMayEnd;
    if (breakage == Breakage.LEAVES_A_THREAD_RUNNING) {
      Thread leaked = new Thread(this::waitUntilReleased, "broken-transport-leaked-thread");
      leaked.setDaemon(false);
      leaked.start();
    }
  }

  @Override
  protected ConnectOptions adjust(ConnectOptions options) {
    return breakage == Breakage.IGNORES_ITS_FRAME_LIMIT
        ? options.withMaxFrameChars(options.maxFrameChars() * 4)
        : options;
  }

  @Override
  protected Connection decorate(Connection connection) {
    return new BrokenConnection(connection);
  }

  @Override
  protected ConnectionListener intercept(ConnectionListener listener) {
    if (breakage != Breakage.DELIVERS_ON_CLOSE_TWICE) {
      return listener;
    }
    return new ForwardingConnectionListener(listener) {
      @Override
      public void onClose(Connection connection, int code, String reason) {
        super.onClose(connection, code, reason);
        super.onClose(connection, code, reason);
      }
    };
  }

  private void waitUntilReleased() {
    try {
      leakedThreadMayEnd.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private final class BrokenConnection extends ForwardingConnection {
    private String heldBack;

    BrokenConnection(Connection delegate) {
      super(delegate);
    }

    @Override
    public synchronized CompletionStage<Void> send(String text) {
      if (breakage == Breakage.SENDS_AFTER_CLOSE_WITHOUT_FAILING && !isOpen()) {
        return CompletableFuture.completedFuture(null);
      }
      if (breakage == Breakage.SWAPS_EACH_PAIR_OF_FRAMES) {
        if (heldBack == null) {
          heldBack = text;
          return CompletableFuture.completedFuture(null);
        }
        CompletionStage<Void> sent = super.send(text);
        super.send(heldBack);
        heldBack = null;
        return sent;
      }
      return super.send(text);
    }

    @Override
    public void close(int code, String reason) {
      if (breakage == Breakage.SWALLOWS_A_FORBIDDEN_CLOSE_CODE && !CloseStatus.sendable(code)) {
        super.close(CloseCodes.NORMAL, reason);
        return;
      }
      super.close(code, breakage == Breakage.LOSES_THE_CLOSE_REASON ? "" : reason);
    }
  }
}
