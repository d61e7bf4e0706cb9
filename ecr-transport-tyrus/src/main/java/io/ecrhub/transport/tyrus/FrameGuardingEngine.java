package io.ecrhub.transport.tyrus;

import io.ecrhub.protocol.spi.CloseCodes;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.UpgradeRequest;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.glassfish.tyrus.spi.WebSocketEngine;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus' server engine with a {@link FrameSizeGuard} in front of every upgraded connection's read
 * handler, so that an oversized frame closes that connection with 1009 (Tyrus alone would answer
 * 1011 and log a stack trace) and other connections never notice.
 */
final class FrameGuardingEngine implements WebSocketEngine {

  private final WebSocketEngine tyrus;
  private final int maxFrameChars;

  FrameGuardingEngine(WebSocketEngine tyrus, int maxFrameChars) {
    this.tyrus = tyrus;
    this.maxFrameChars = maxFrameChars;
  }

  @Override
  public UpgradeInfo upgrade(UpgradeRequest request, UpgradeResponse response) {
    UpgradeInfo upgrade = tyrus.upgrade(request, response);
    if (upgrade.getStatus() != UpgradeStatus.SUCCESS) {
      return upgrade;
    }
    return new UpgradeInfo() {
      @Override
      public UpgradeStatus getStatus() {
        return UpgradeStatus.SUCCESS;
      }

      @Override
      public Connection createConnection(Writer writer, Connection.CloseListener closeListener) {
        Connection connection = upgrade.createConnection(writer, closeListener);
        return new GuardedConnection(
            connection,
            FrameLimits.maxPayloadBytes(maxFrameChars),
            payloadBytes ->
                // The server-side Tyrus connection sends the close frame, then closes the socket.
                connection.close(
                    CloseReasons.of(
                        CloseCodes.TOO_BIG,
                        "frame of "
                            + payloadBytes
                            + " bytes exceeds the limit of "
                            + maxFrameChars
                            + " chars")));
      }
    };
  }

  @Override
  public void register(Class<?> endpointClass, String contextPath) throws DeploymentException {
    tyrus.register(endpointClass, contextPath);
  }

  @Override
  public void register(ServerEndpointConfig serverConfig, String contextPath)
      throws DeploymentException {
    tyrus.register(serverConfig, contextPath);
  }
}
