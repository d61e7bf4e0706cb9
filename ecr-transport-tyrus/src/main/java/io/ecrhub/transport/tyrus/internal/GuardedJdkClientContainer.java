package io.ecrhub.transport.tyrus.internal;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.util.Map;
import org.glassfish.tyrus.container.jdk.client.JdkClientContainer;
import org.glassfish.tyrus.spi.ClientContainer;
import org.glassfish.tyrus.spi.ClientEngine;

/**
 * Tyrus' JDK client container ({@link JdkClientContainer}, plain NIO.2, no Grizzly) with a thin
 * layer for the client transport. Public because Tyrus' {@code ClientManager.createClient(String)}
 * instantiates its container by class name.
 *
 * <p>Why wrap instead of {@code ClientManager.createClient(JdkClientContainer.class.getName())}:
 * the container is the one place where a connect attempt meets the Tyrus {@link ClientEngine}, and
 * the transport needs two things from it that Tyrus does not offer:
 *
 * <ul>
 *   <li>the engine's timeout handler, to abort a TCP connect at the connect deadline — Tyrus itself
 *       would wait for the operating system (minutes, for an unreachable host) while one of its
 *       threads stays parked;
 *   <li>the connection's read handler, to refuse an oversized frame with close code 1009 before it
 *       is buffered — Tyrus' own limit answers 1011.
 * </ul>
 *
 * <p>Everything else — sockets, TLS, the HTTP upgrade, threads — is the JDK container's. A
 * connection that did not come from the client transport passes through unchanged.
 */
public final class GuardedJdkClientContainer implements ClientContainer {

  /** Key in {@link ClientEndpointConfig#getUserProperties()} for the {@link ConnectAttempt}. */
  public static final String ATTEMPT_PROPERTY = ConnectAttempt.class.getName();

  private final JdkClientContainer jdk = new JdkClientContainer();

  /** For Tyrus' reflective instantiation. */
  public GuardedJdkClientContainer() {}

  @Override
  public void openClientSocket(
      ClientEndpointConfig config, Map<String, Object> properties, ClientEngine engine)
      throws DeploymentException, IOException {
    Object attempt = config.getUserProperties().get(ATTEMPT_PROPERTY);
    if (!(attempt instanceof ConnectAttempt connectAttempt)) {
      jdk.openClientSocket(config, properties, engine);
      return;
    }
    if (!connectAttempt.isPending()) {
      throw new DeploymentException("the connect attempt ended before its socket was opened");
    }
    jdk.openClientSocket(config, properties, connectAttempt.guard(engine));
  }
}
