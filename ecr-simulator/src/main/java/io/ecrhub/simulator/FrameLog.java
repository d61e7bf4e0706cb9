package io.ecrhub.simulator;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Keeps the last {@link #CAPACITY} frames the simulator received, for tests that check what a POS
 * really sent. Bounded, so that a simulator serving for days does not grow.
 */
final class FrameLog {

  static final int CAPACITY = 10_000;

  private final ArrayDeque<ReceivedFrame> frames = new ArrayDeque<>();

  /** {@code acceptor}, with every text frame its listeners get recorded first. */
  ConnectionAcceptor recording(ConnectionAcceptor acceptor) {
    return connection -> {
      ConnectionListener terminal = acceptor.accept(connection);
      return new ConnectionListener() {
        @Override
        public void onOpen(Connection opened) {
          terminal.onOpen(opened);
        }

        @Override
        public void onText(Connection from, String text) {
          record(new ReceivedFrame(from.id(), text));
          terminal.onText(from, text);
        }

        @Override
        public void onPong(Connection from) {
          terminal.onPong(from);
        }

        @Override
        public void onClose(Connection closed, int code, String reason) {
          terminal.onClose(closed, code, reason);
        }

        @Override
        public void onError(Connection failed, Throwable error) {
          terminal.onError(failed, error);
        }
      };
    };
  }

  synchronized List<ReceivedFrame> frames() {
    return List.copyOf(frames);
  }

  private synchronized void record(ReceivedFrame frame) {
    if (frames.size() == CAPACITY) {
      frames.removeFirst();
    }
    frames.addLast(frame);
  }
}
