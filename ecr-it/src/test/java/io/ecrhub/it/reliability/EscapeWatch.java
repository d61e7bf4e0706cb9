package io.ecrhub.it.reliability;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.testkit.ForwardingClientTransport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts itself between a transport and the listeners of its connections, to catch what no log line
 * proves: an exception that escaped a listener into the transport's thread (the transport would
 * swallow it and go on, so the bug would pass unseen). Wrap the transport handed to the code under
 * test, then assert that {@link #escapes()} is empty.
 */
final class EscapeWatch {

  private final List<String> escapes = Collections.synchronizedList(new ArrayList<>());

  /** What escaped so far, one line each; a transport's {@code onError} counts too. */
  List<String> escapes() {
    synchronized (escapes) {
      return List.copyOf(escapes);
    }
  }

  ClientTransport client(ClientTransport transport) {
    return new ForwardingClientTransport(transport) {
      @Override
      protected ConnectionListener intercept(ConnectionListener listener) {
        return watch("client", listener);
      }
    };
  }

  ServerTransport server(ServerTransport transport) {
    return (options, acceptor) ->
        transport.bind(options, connection -> watch("server", acceptor.accept(connection)));
  }

  private ConnectionListener watch(String side, ConnectionListener listener) {
    return new ConnectionListener() {
      @Override
      public void onOpen(Connection connection) {
        guard(side + " onOpen", () -> listener.onOpen(connection));
      }

      @Override
      public void onText(Connection connection, String text) {
        guard(side + " onText", () -> listener.onText(connection, text));
      }

      @Override
      public void onPong(Connection connection) {
        guard(side + " onPong", () -> listener.onPong(connection));
      }

      @Override
      public void onClose(Connection connection, int code, String reason) {
        guard(side + " onClose", () -> listener.onClose(connection, code, reason));
      }

      @Override
      public void onError(Connection connection, Throwable error) {
        escapes.add(side + " onError on " + connection.id() + ": " + error);
        listener.onError(connection, error);
      }
    };
  }

  private void guard(String event, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException | Error escaped) {
      escapes.add(event + " threw " + escaped);
      throw escaped;
    }
  }
}
