package io.ecrhub.transport.tyrus.server;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.grizzly.CloseListener;
import org.glassfish.grizzly.CloseType;
import org.glassfish.grizzly.Closeable;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Tracks the TCP connections a listener has accepted, so that closing a binding can wait until they
 * are really closed.
 *
 * <p>Why: a WebSocket close frame is written asynchronously, and Grizzly's {@code
 * HttpServer.shutdownNow()} drops whatever is still queued — clients would see 1006 instead of the
 * 1001 they are sent. Grizzly's graceful close flushes the queue first; this filter tells when
 * every socket has gone through it.
 */
final class AcceptedSockets extends BaseFilter implements AddOn {

  private final Set<Connection<?>> open = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<Void> allClosed = new CompletableFuture<>();
  private volatile boolean draining;

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    // Right after Grizzly's TransportFilter, so it sees every accepted socket, TLS or not.
    builder.add(1, this);
  }

  @Override
  public NextAction handleAccept(FilterChainContext context) throws IOException {
    Connection<?> connection = context.getConnection();
    open.add(connection);
    // What the deprecated GenericCloseListener is an alias of: the same listener, the same calls.
    CloseListener<Closeable, CloseType> forget =
        (closeable, type) -> {
          open.remove(connection);
          signalIfDrained();
        };
    connection.addCloseListener(forget);
    if (draining) {
      // The binding is closing: a client reconnecting now would only be cut off again, and kept
      // open it would hold the drain until its deadline. Checked after the add, so that a socket
      // accepted while closeAll() runs is closed by one of the two.
      connection.closeSilently();
      return context.getStopAction();
    }
    return context.getInvokeAction();
  }

  /**
   * Closes every socket gracefully (queued writes first) and returns a stage that completes once
   * all are closed.
   */
  CompletableFuture<Void> closeAll() {
    draining = true;
    open.forEach(Connection::closeSilently);
    signalIfDrained();
    return allClosed;
  }

  private void signalIfDrained() {
    if (draining && open.isEmpty()) {
      allClosed.complete(null);
    }
  }
}
