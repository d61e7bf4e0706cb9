package io.ecrhub.transport.tyrus;

import org.glassfish.tyrus.spi.ClientEngine;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.UpgradeRequest;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus' client engine for one attempt, with two additions: it tells the attempt how to abort the
 * socket (the timeout handler the JDK container passes in), and it puts a {@link FrameSizeGuard} in
 * front of the connection's read handler.
 */
final class GuardedClientEngine implements ClientEngine {

  private final ClientEngine tyrus;
  private final ConnectAttempt attempt;

  GuardedClientEngine(ClientEngine tyrus, ConnectAttempt attempt) {
    this.tyrus = tyrus;
    this.attempt = attempt;
  }

  @Override
  public UpgradeRequest createUpgradeRequest(TimeoutHandler timeoutHandler) {
    attempt.abortableBy(timeoutHandler);
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
        // Not the Tyrus connection's own close(..): on the client it closes the writer before
        // it writes the close frame, so the peer would see 1006 instead of 1009.
        return new GuardedConnection(
            upgrade.createConnection(),
            FrameLimits.maxPayloadBytes(attempt.maxFrameChars()),
            attempt::refuseTooBig);
      }
    };
  }

  @Override
  public void processError(Throwable t) {
    tyrus.processError(t);
  }
}
