package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.support.CloseStatus;
import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.transport.tyrus.internal.FrameSizeGuard;
import io.ecrhub.transport.tyrus.internal.TyrusConnection;
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
  private final FrameLimit limit;

  FrameGuardingEngine(WebSocketEngine tyrus, FrameLimit limit) {
    this.tyrus = tyrus;
    this.limit = limit;
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
        return FrameSizeGuard.guarding(
            connection,
            limit,
            payloadBytes -> {
              // The server-side Tyrus connection sends the close frame, then closes the socket.
              CloseStatus tooBig = CloseStatus.tooBig(limit.refusalOfAnnounced(payloadBytes));
              connection.close(TyrusConnection.closeReason(tooBig.code(), tooBig.reason()));
            });
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
