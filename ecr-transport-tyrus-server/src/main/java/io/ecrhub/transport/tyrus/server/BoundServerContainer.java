package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.support.FrameLimit;
import io.ecrhub.transport.tyrus.internal.FrameSizeGuard;
import io.ecrhub.transport.tyrus.internal.TyrusConnection;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Map;
import java.util.Set;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * The Tyrus half of a server: a container with one engine, without a network listener of its own.
 * {@link TyrusServerBinding} runs the Grizzly {@code HttpServer} that feeds it.
 *
 * <p>Why not Tyrus' {@code Server} with its {@code GrizzlyServerContainer}: that container
 * hard-codes {@code new NetworkListener("grizzly", "0.0.0.0", port)}, so the host argument only
 * reaches log lines and the terminal simulator would listen on every interface of the machine; and
 * {@code Server} turns port 0 into 8025. Tyrus keeps {@code TyrusServerContainer} and {@code
 * WebSocketAddOn} public precisely so that a server can bring its own listener.
 *
 * <p>The default session idle timeout is -1 for the reason given at {@link
 * TyrusConnection#NO_IDLE_TIMEOUT}.
 */
final class BoundServerContainer extends TyrusServerContainer {

  private final WebSocketEngine engine;

  BoundServerContainer(FrameLimit limit) {
    super((Set<Class<?>>) null);
    setDefaultMaxSessionIdleTimeout(TyrusConnection.NO_IDLE_TIMEOUT);
    engine =
        new FrameGuardingEngine(
            TyrusWebSocketEngine.builder(this)
                .incomingBufferSize(FrameSizeGuard.tyrusIncomingBufferBytes(limit))
                .build(),
            limit);
  }

  @Override
  public void register(Class<?> endpointClass) throws DeploymentException {
    engine.register(endpointClass, "");
  }

  @Override
  public void register(ServerEndpointConfig serverEndpointConfig) throws DeploymentException {
    engine.register(serverEndpointConfig, "");
  }

  @Override
  public WebSocketEngine getWebSocketEngine() {
    return engine;
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of();
  }
}
