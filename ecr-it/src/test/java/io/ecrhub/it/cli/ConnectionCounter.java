package io.ecrhub.it.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * A plain TCP listener on loopback that counts the connections made to it and never answers:
 * pointed at by {@code --terminal}, it proves whether a command opened a connection at all.
 *
 * <p>The kernel completes a TCP handshake before {@code accept()} sees it, so "no connection" is
 * only proven once the accept loop has waited out a whole timeout after the command ended: {@link
 * #acceptedAfterQuietPeriod()} waits for that.
 */
public final class ConnectionCounter implements AutoCloseable {

  private static final int ACCEPT_TIMEOUT_MILLIS = 100;

  private final ServerSocket server;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger emptyWaits = new AtomicInteger();
  private final List<Socket> held = new ArrayList<>();
  private final Thread acceptor;

  public ConnectionCounter() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      server.setSoTimeout(ACCEPT_TIMEOUT_MILLIS);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    acceptor = new Thread(this::acceptForever, "connection-counter");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code ws://127.0.0.1:PORT}: a terminal address that leads here. */
  public String address() {
    return "ws://127.0.0.1:" + server.getLocalPort();
  }

  /** The connections accepted, once every connection already made has surely been accepted. */
  public int acceptedAfterQuietPeriod() {
    int waitsBefore = emptyWaits.get();
    // two empty waits: the second one began after this call, so nothing was pending at its start
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> emptyWaits.get() >= waitsBefore + 2);
    return accepted.get();
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        accepted.incrementAndGet();
        synchronized (held) {
          held.add(socket); // kept open and silent: a WebSocket handshake never completes
        }
      } catch (SocketTimeoutException nothingPending) {
        emptyWaits.incrementAndGet();
      } catch (IOException closed) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
