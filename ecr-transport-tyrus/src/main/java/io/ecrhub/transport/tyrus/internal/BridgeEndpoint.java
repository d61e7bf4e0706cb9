package io.ecrhub.transport.tyrus.internal;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.util.function.Consumer;

/**
 * The Tyrus endpoint behind every connection: hands the opened session to the side that asked for
 * it, and forwards close and error to the session's {@link TyrusConnection}.
 *
 * <p>Public for Tyrus, not for users: a server endpoint is registered by class ({@code
 * ServerEndpointConfig}), and for those Tyrus calls {@code onOpen}/{@code onClose}/{@code onError}
 * through {@code Method.invoke}, which fails with {@code IllegalAccessException} on a class that is
 * not public — the session then never hears of its close.
 *
 * <p>Stateless apart from the opener, so the server shares one instance among all sessions;
 * per-session state lives in the session's user properties.
 */
public final class BridgeEndpoint extends Endpoint {

  private final Consumer<Session> opener;

  /**
   * @param opener builds the {@link TyrusConnection} and calls {@link TyrusConnection#open}, or
   *     closes the session when it is not wanted (any more)
   */
  public BridgeEndpoint(Consumer<Session> opener) {
    this.opener = opener;
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    opener.accept(session);
  }

  @Override
  public void onClose(Session session, CloseReason closeReason) {
    TyrusConnection connection = TyrusConnection.of(session);
    if (connection != null) {
      connection.closed(closeReason);
    }
  }

  @Override
  public void onError(Session session, Throwable error) {
    TyrusConnection connection = TyrusConnection.of(session);
    if (connection != null) {
      connection.failed(error);
    }
  }
}
