package io.ecrhub.transport.tyrus.internal;

import io.ecrhub.protocol.spi.support.FrameLimit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.glassfish.tyrus.spi.ClientEngine;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.UpgradeRequest;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus' client engine for one attempt, with two additions: it hands over the handle that aborts
 * the socket (the timeout handler the JDK container passes in), and it puts a {@link
 * FrameSizeGuard} in front of the connection's read handler.
 */
final class GuardedClientEngine implements ClientEngine {

  private final ClientEngine tyrus;
  private final Consumer<TimeoutHandler> abortHandle;
  private final FrameLimit limit;
  private final LongConsumer onTooBig;

  GuardedClientEngine(
      ClientEngine tyrus,
      Consumer<TimeoutHandler> abortHandle,
      FrameLimit limit,
      LongConsumer onTooBig) {
    this.tyrus = tyrus;
    this.abortHandle = abortHandle;
    this.limit = limit;
    this.onTooBig = onTooBig;
  }

  @Override
  public UpgradeRequest createUpgradeRequest(TimeoutHandler timeoutHandler) {
    abortHandle.accept(timeoutHandler);
    return tyrus.createUpgradeRequest(timeoutHandler);
  }

  @Override
  public ClientUpgradeInfo processResponse(
      UpgradeResponse upgradeResponse, Writer writer, Connection.CloseListener closeListener) {
    ClientUpgradeInfo upgrade = tyrus.processResponse(upgradeResponse, writer, closeListener);
    if (upgrade.getUpgradeStatus() != ClientUpgradeStatus.SUCCESS) {
      return upgrade;
    }
    return new ClientUpgradeInfo() {
      @Override
      public ClientUpgradeStatus getUpgradeStatus() {
        return ClientUpgradeStatus.SUCCESS;
      }

      @Override
      public Connection createConnection() {
        // Not the Tyrus connection's own close(..) on an oversized frame: on the client it closes
        // the writer before it writes the close frame, so the peer would see 1006 instead of 1009.
        return FrameSizeGuard.guarding(upgrade.createConnection(), limit, onTooBig);
      }
    };
  }

  @Override
  public void processError(Throwable t) {
    tyrus.processError(t);
  }
}
