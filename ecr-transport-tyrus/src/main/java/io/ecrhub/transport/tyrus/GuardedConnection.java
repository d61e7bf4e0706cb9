package io.ecrhub.transport.tyrus;

import jakarta.websocket.CloseReason;
import java.util.function.LongConsumer;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.ReadHandler;
import org.glassfish.tyrus.spi.Writer;

/**
 * A Tyrus SPI connection whose read handler is wrapped in a {@link FrameSizeGuard}. The containers
 * ask for the read handler on every read, so the guard is created once and kept.
 */
final class GuardedConnection implements Connection {

  private final Connection tyrus;
  private final FrameSizeGuard guard;

  GuardedConnection(Connection tyrus, long maxPayloadBytes, LongConsumer onTooBig) {
    this.tyrus = tyrus;
    this.guard = new FrameSizeGuard(tyrus.getReadHandler(), maxPayloadBytes, onTooBig);
  }

  @Override
  public ReadHandler getReadHandler() {
    return guard;
  }

  @Override
  public Writer getWriter() {
    return tyrus.getWriter();
  }

  @Override
  public CloseListener getCloseListener() {
    return tyrus.getCloseListener();
  }

  @Override
  public void close(CloseReason reason) {
    tyrus.close(reason);
  }
}
