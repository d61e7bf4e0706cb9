package io.ecrhub.bench;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.transport.testkit.ForwardingClientTransport;
import io.ecrhub.transport.testkit.ForwardingConnection;
import io.ecrhub.transport.testkit.ForwardingConnectionListener;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A {@link ClientTransport} that shows every frame and close of its connections to a {@link
 * FrameObserver} and otherwise leaves all the work to the transport it wraps. The benchmarks use it
 * to capture the exact frames of a real exchange and to time the moment a connection drops.
 */
final class ObservedClientTransport extends ForwardingClientTransport {

  private final FrameObserver observer;

  ObservedClientTransport(ClientTransport delegate, FrameObserver observer) {
    super(delegate);
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  @Override
  protected Connection decorate(Connection connection) {
    return new ForwardingConnection(connection) {
      @Override
      public CompletionStage<Void> send(String text) {
        observer.sent(text);
        return super.send(text);
      }
    };
  }

  @Override
  protected ConnectionListener intercept(ConnectionListener listener) {
    return new ForwardingConnectionListener(listener) {
      @Override
      public void onText(Connection connection, String text) {
        observer.received(text);
        super.onText(connection, text);
      }

      @Override
      public void onClose(Connection connection, int code, String reason) {
        observer.closed(code, reason, System.nanoTime());
        super.onClose(connection, code, reason);
      }
    };
  }
}
